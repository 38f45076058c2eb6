package dev.tandem.browser;

/** The layout walk of the English demo plant, in English. */
@BrowserTest
class EnglishLayoutWalkBrowserTests extends LayoutWalk {

    @Override
    String language() {
        return "en";
    }
}
