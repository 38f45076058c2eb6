package dev.tandem.shared;

import java.lang.reflect.Constructor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps rows to a record (or a class with one constructor), a column per constructor parameter of the same name or its
 * snake_case form, converted as {@code JdbcClient.query(Class)} converts them. Unlike Spring's mapper behind that
 * method, which asks the driver for each camelCase name on every row and catches the exception it throws before
 * trying the snake_case one (4.5 % of a list request's CPU in a profile), it finds the columns once per result set.
 *
 * <pre>jdbc.sql(...).query(RecordRows.of(RiskRow.class)).list()</pre>
 *
 * A mapper remembers the columns of the result set it last read: make one per statement.
 */
public final class RecordRows<T> implements RowMapper<T> {

    /** What a class's constructor needs, worked out once per class. */
    private record Shape<T>(Constructor<T> constructor, String[] names, TypeDescriptor[] types) {}

    private static final ClassValue<Shape<?>> SHAPES = new ClassValue<>() {
        @Override
        protected Shape<?> computeValue(Class<?> type) {
            return shape(type);
        }
    };

    private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

    private final Shape<T> shape;

    /** The result set the columns were found in, and the column of each constructor parameter in it. */
    private ResultSet resolvedFor;

    private int[] columns;

    private RecordRows(Shape<T> shape) {
        this.shape = shape;
    }

    @SuppressWarnings("unchecked")
    public static <T> RecordRows<T> of(Class<T> type) {
        return new RecordRows<>((Shape<T>) SHAPES.get(type));
    }

    @Override
    public T mapRow(ResultSet rows, int rowNumber) throws SQLException {
        if (rows != resolvedFor) {
            columns = columns(rows);
            resolvedFor = rows;
        }
        var types = shape.types();
        var args = new Object[types.length];
        for (int i = 0; i < args.length; i++) {
            var value = JdbcUtils.getResultSetValue(rows, columns[i], types[i].getType());
            // most values come as they are wanted (text, numbers, ids, dates): only the others are converted
            args[i] = value != null && types[i].getObjectType().isInstance(value)
                    ? value
                    : CONVERSIONS.convert(value, types[i]);
        }
        return BeanUtils.instantiateClass(shape.constructor(), args);
    }

    private int[] columns(ResultSet rows) throws SQLException {
        var meta = rows.getMetaData();
        var byLabel = new HashMap<String, Integer>();
        for (int column = meta.getColumnCount(); column >= 1; column--) {
            // the first of two columns with one label wins, as with the driver's own lookup by name
            byLabel.put(JdbcUtils.lookupColumnName(meta, column).toLowerCase(Locale.ROOT), column);
        }
        var names = shape.names();
        var found = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            var column = byLabel.get(names[i].toLowerCase(Locale.ROOT));
            if (column == null) {
                column = byLabel.get(JdbcUtils.convertPropertyNameToUnderscoreName(names[i]));
            }
            if (column == null) {
                throw new SQLException("No column %s or %s for %s.%s"
                        .formatted(
                                names[i],
                                JdbcUtils.convertPropertyNameToUnderscoreName(names[i]),
                                shape.constructor().getDeclaringClass().getSimpleName(),
                                names[i]));
            }
            found[i] = column;
        }
        return found;
    }

    private static <T> Shape<T> shape(Class<T> type) {
        var constructor = BeanUtils.getResolvableConstructor(type);
        if (constructor.getParameterCount() == 0) {
            throw new IllegalArgumentException(type.getName() + " takes no columns through its constructor");
        }
        var names = BeanUtils.getParameterNames(constructor);
        var types = new TypeDescriptor[names.length];
        for (int i = 0; i < names.length; i++) {
            types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
        }
        return new Shape<>(constructor, names, types);
    }
}
