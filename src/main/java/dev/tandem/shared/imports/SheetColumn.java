package dev.tandem.shared.imports;

/** A column of a table that an import reads, as its enum of columns names it. */
public interface SheetColumn {

    /** The column's name in an error report, and in a header as a program writes it. */
    String key();

    /** The message code of its header, as a person reads it in either language. */
    String headerCode();

    /** Whether an import reads it; a column written for reading only is passed over. */
    default boolean imported() {
        return true;
    }
}
