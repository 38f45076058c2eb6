package dev.tandem.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One wrong cell of an uploaded file, or one wrong field of an item of a batch: where it is and what is wrong, to be
 * read in the person's language. Uploads and batches list every one of them and write nothing.
 *
 * @param row the row as a spreadsheet shows it (the header is row 1), or the item's index in a batch (from 0)
 * @param column the column or field name
 */
public record RowError(int row, String column, MessageSourceResolvable message) {

    public static RowError of(int row, String column, String code, Object... arguments) {
        return new RowError(row, column, new DefaultMessageSourceResolvable(new String[] {code}, arguments, code));
    }

    /** The same error, as a single request's field error. */
    public InvalidRequestException asInvalidRequest() {
        var codes = message.getCodes();
        return new InvalidRequestException(
                column, codes == null || codes.length == 0 ? "rule.invalidFields" : codes[0], message.getArguments());
    }
}
