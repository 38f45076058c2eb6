package dev.tandem.shared.web;

import dev.tandem.shared.Viewer;
import java.util.function.Predicate;

/**
 * An entry of the pages' menu, declared as a bean by the module whose page it opens, with the module's own rule for
 * who sees it: the menu never keeps a second copy of a role list.
 *
 * @param order the place within its group, across modules
 * @param label the message key of its text
 * @param shownTo who sees the entry: those the page admits
 */
public record MenuItem(MenuGroup group, int order, String path, String label, Predicate<Viewer> shownTo) {

    /** An entry everyone signed in sees. */
    public static MenuItem forEveryone(MenuGroup group, int order, String path, String label) {
        return new MenuItem(group, order, path, label, viewer -> true);
    }

    /** The groups of the menu, in the order they appear; all but the first are dropdowns. */
    public enum MenuGroup {
        MAIN,
        REGISTERS,
        PLANT,
        ADMINISTRATION;

        public String label() {
            return "nav.group." + name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean dropdown() {
            return this != MAIN;
        }
    }
}
