package dev.tandem.shared;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Maps rows to a record (or a class with one constructor), a column per constructor parameter of the same name or its
 * snake_case form, converted as {@code JdbcClient.query(Class)} converts them. Unlike Spring's mapper behind that
 * method, which asks the driver for each camelCase name on every row and catches the exception it throws before
 * trying the snake_case one (4.5 % of a list request's CPU in a profile), it finds the columns once per result set;
 * and each parameter is read by a reader chosen once per class for its type (text, ids, numbers, dates and enums read
 * straight from the driver, only other types converted) and the record made through a method handle, not reflection
 * (a generic read, a conversion lookup and a reflective constructor call for every value were a fifth of a list
 * request's CPU by JFR).
 *
 * <pre>jdbc.sql(...).query(RecordRows.of(RiskRow.class)).list()</pre>
 *
 * A mapper remembers the columns of the result set it last read: make one per statement.
 */
public final class RecordRows<T> implements RowMapper<T> {

    /** Reads a column as a constructor parameter takes it. */
    @FunctionalInterface
    private interface Reader {
        Object read(ResultSet rows, int column) throws SQLException;
    }

    /**
     * What a class's constructor needs, worked out once per class: its parameters' names as a column is looked up by
     * them (lower case, then snake_case) and their readers.
     */
    private record Shape(
            Class<?> type,
            MethodHandle constructor,
            String[] names,
            String[] lowerNames,
            String[] snakeNames,
            Reader[] readers) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shape(type);
        }
    };

    private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

    private final Shape shape;

    /** The result set the columns were found in, and the column of each constructor parameter in it. */
    private ResultSet resolvedFor;

    private int[] columns;

    private RecordRows(Shape shape) {
        this.shape = shape;
    }

    public static <T> RecordRows<T> of(Class<T> type) {
        return new RecordRows<>(SHAPES.get(type));
    }

    @Override
    @SuppressWarnings("unchecked")
    public T mapRow(ResultSet rows, int rowNumber) throws SQLException {
        if (rows != resolvedFor) {
            columns = columns(rows);
            resolvedFor = rows;
        }
        var readers = shape.readers();
        var args = new Object[readers.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = readers[i].read(rows, columns[i]);
        }
        try {
            return (T) shape.constructor().invokeExact(args);
        } catch (RuntimeException | Error | SQLException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
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
            var column = byLabel.get(shape.lowerNames()[i]);
            if (column == null) {
                column = byLabel.get(shape.snakeNames()[i]);
            }
            if (column == null) {
                throw new SQLException("No column %s or %s for %s.%s"
                        .formatted(names[i], shape.snakeNames()[i], shape.type().getSimpleName(), names[i]));
            }
            found[i] = column;
        }
        return found;
    }

    private static Shape shape(Class<?> type) {
        var constructor = BeanUtils.getResolvableConstructor(type);
        if (constructor.getParameterCount() == 0) {
            throw new IllegalArgumentException(type.getName() + " takes no columns through its constructor");
        }
        var names = BeanUtils.getParameterNames(constructor);
        var lowerNames = new String[names.length];
        var snakeNames = new String[names.length];
        var readers = new Reader[names.length];
        for (int i = 0; i < names.length; i++) {
            lowerNames[i] = names[i].toLowerCase(Locale.ROOT);
            snakeNames[i] = JdbcUtils.convertPropertyNameToUnderscoreName(names[i]);
            readers[i] = reader(new TypeDescriptor(new MethodParameter(constructor, i)));
        }
        try {
            ReflectionUtils.makeAccessible(constructor);
            var handle = MethodHandles.lookup()
                    .unreflectConstructor(constructor)
                    .asSpreader(Object[].class, names.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new Shape(type, handle, names, lowerNames, snakeNames, readers);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException(type.getName() + " cannot be made from rows", e);
        }
    }

    /**
     * What reads a parameter of the type: the driver's own getter where JdbcUtils would use it, else what JdbcUtils
     * reads (ids and dates as they are), converted when it is not what the parameter takes; a primitive's null as its
     * zero, as BeanUtils would.
     */
    private static Reader reader(TypeDescriptor type) {
        var wanted = type.getType();
        if (wanted == String.class) {
            return ResultSet::getString;
        }
        if (wanted == int.class) {
            return ResultSet::getInt;
        }
        if (wanted == long.class) {
            return ResultSet::getLong;
        }
        if (wanted == boolean.class) {
            return ResultSet::getBoolean;
        }
        if (wanted == double.class) {
            return ResultSet::getDouble;
        }
        if (wanted == Integer.class) {
            return (rows, column) -> {
                int value = rows.getInt(column);
                return value == 0 && rows.wasNull() ? null : value;
            };
        }
        if (wanted == Long.class) {
            return (rows, column) -> {
                long value = rows.getLong(column);
                return value == 0 && rows.wasNull() ? null : value;
            };
        }
        if (wanted == BigDecimal.class) {
            return ResultSet::getBigDecimal;
        }
        if (wanted == Instant.class) {
            // asked for an Instant, the driver throws (it gives OffsetDateTime) and JdbcUtils catches before it reads
            // the Timestamp that is converted in the end: an exception a value
            return (rows, column) -> {
                var value = rows.getObject(column);
                if (value instanceof Timestamp at) {
                    return at.toInstant();
                }
                return value == null ? null : converted(JdbcUtils.getResultSetValue(rows, column), type);
            };
        }
        if (wanted.isEnum()) {
            return (rows, column) -> {
                var value = rows.getObject(column);
                return value instanceof String name && !name.isEmpty() && name.equals(name.strip())
                        ? enumConstant(wanted, name, type)
                        : converted(value, type);
            };
        }
        return (rows, column) -> converted(JdbcUtils.getResultSetValue(rows, column, wanted), type);
    }

    /** The constant of the name, or what the conversion service makes of a name that is none (its failure). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name, TypeDescriptor descriptor) {
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException none) {
            return converted(name, descriptor);
        }
    }

    /** Most values come as they are wanted (text, numbers, ids, dates): only the others are converted. */
    private static Object converted(Object value, TypeDescriptor type) {
        if (value != null && type.getObjectType().isInstance(value)) {
            return value;
        }
        var converted = CONVERSIONS.convert(value, type);
        return converted == null && type.getType().isPrimitive() ? zero(type.getType()) : converted;
    }

    private static Object zero(Class<?> primitive) {
        return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(primitive, 1), 0);
    }
}
