package dev.tandem.signal.detection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The detector's learned state as bytes and back: numbers in order, arrays with their length. Every part of the
 * detector writes and reads its own fields in the same order, so a restored detector carries on bit for bit.
 */
final class StateCodec {

    private StateCodec() {}

    /** Writes a detector's parts in order. */
    static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream data = new DataOutputStream(bytes);

        Out number(double value) {
            return write(() -> data.writeDouble(value));
        }

        Out whole(long value) {
            return write(() -> data.writeLong(value));
        }

        private Out write(Writing writing) {
            try {
                writing.run();
                return this;
            } catch (IOException impossible) {
                // into memory: there is nothing to fail
                throw new UncheckedIOException(impossible);
            }
        }

        private interface Writing {
            void run() throws IOException;
        }

        Out flag(boolean value) {
            return whole(value ? 1 : 0);
        }

        Out numbers(double[] values) {
            whole(values.length);
            for (double value : values) {
                number(value);
            }
            return this;
        }

        Out flags(boolean[] values) {
            whole(values.length);
            for (boolean value : values) {
                flag(value);
            }
            return this;
        }

        Out matrix(double[][] rows) {
            whole(rows.length);
            for (double[] row : rows) {
                numbers(row);
            }
            return this;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    /** Reads them back in the same order; anything malformed is an {@link IllegalArgumentException}. */
    static final class In {
        private final DataInputStream data;
        private final int limit;

        In(byte[] bytes) {
            this.data = new DataInputStream(new ByteArrayInputStream(bytes));
            this.limit = bytes.length;
        }

        double number() {
            return Double.longBitsToDouble(whole());
        }

        long whole() {
            try {
                return data.readLong();
            } catch (IOException truncated) {
                throw new IllegalArgumentException("the detector's state is cut short", truncated);
            }
        }

        boolean flag() {
            return whole() != 0;
        }

        double[] numbers(int expected) {
            int length = length(expected);
            double[] values = new double[length];
            for (int i = 0; i < length; i++) {
                values[i] = number();
            }
            return values;
        }

        boolean[] flags(int expected) {
            int length = length(expected);
            boolean[] values = new boolean[length];
            for (int i = 0; i < length; i++) {
                values[i] = flag();
            }
            return values;
        }

        double[][] matrix(int expected) {
            int length = length(expected);
            double[][] rows = new double[length][];
            for (int i = 0; i < length; i++) {
                rows[i] = numbers(expected);
            }
            return rows;
        }

        /** Whether every byte was read: a state longer than its parts is not this detector's. */
        boolean finished() {
            try {
                return data.available() == 0;
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
        }

        private int length(int expected) {
            long length = whole();
            if (length != expected || length > limit) {
                throw new IllegalArgumentException(
                        "expected " + expected + " values in the detector's state, got " + length);
            }
            return (int) length;
        }
    }
}
