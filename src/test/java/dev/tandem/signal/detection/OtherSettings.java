package dev.tandem.signal.detection;

/** Detector settings that differ from the defaults, whatever components the settings record has. */
public final class OtherSettings {

    private OtherSettings() {}

    /** The default settings with a smoothing time one second longer. */
    public static DetectorSettings slowerSmoothing() {
        var defaults = DetectorSettings.defaults();
        try {
            var components = DetectorSettings.class.getRecordComponents();
            var values = new Object[components.length];
            var types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(defaults);
                types[i] = components[i].getType();
            }
            values[0] = ((Double) values[0]) + 1;
            return DetectorSettings.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }
}
