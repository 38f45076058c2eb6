package dev.tandem.signal.detection;

/** Detector settings that differ from the defaults, whatever components the settings record has. */
public final class OtherSettings {

    private OtherSettings() {}

    /** The default settings with a smoothing time one second longer. */
    public static DetectorSettings slowerSmoothing() {
        var defaults = DetectorSettings.defaults();
        return with(defaults, "smoothingSeconds", defaults.smoothingSeconds() + 1);
    }

    /** The settings with one of them, named, changed. */
    public static DetectorSettings with(DetectorSettings settings, String name, double value) {
        var components = DetectorSettings.class.getRecordComponents();
        var types = new Class<?>[components.length];
        var arguments = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                arguments[i] = components[i].getName().equals(name)
                        ? (types[i] == int.class ? (Object) (int) value : (Object) value)
                        : components[i].getAccessor().invoke(settings);
            }
            return DetectorSettings.class.getDeclaredConstructor(types).newInstance(arguments);
        } catch (ReflectiveOperationException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }
}
