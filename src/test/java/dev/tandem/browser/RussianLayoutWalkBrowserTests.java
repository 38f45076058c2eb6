package dev.tandem.browser;

import dev.tandem.RussianDemoPlantTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The layout walk of the Russian demo plant (long Cyrillic names with patronymics), in Russian. */
@ExtendWith(ChromiumInstalled.class)
@RussianDemoPlantTest
class RussianLayoutWalkBrowserTests extends LayoutWalk {

    @Override
    String language() {
        return "ru";
    }
}
