package dev.tandem.shared.web;

import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.MenuItem.MenuGroup;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The pages' menu for one viewer, from the entries the modules declare: {@code ${@menu.of(viewer)}}. */
@Component("menu")
public class Menu {

    private final List<MenuItem> items;

    Menu(List<MenuItem> items) {
        this.items =
                items.stream().sorted(Comparator.comparing(MenuItem::order)).toList();
    }

    /** The groups with at least one entry the viewer sees, in their order. */
    public List<Section> of(Viewer viewer) {
        return Arrays.stream(MenuGroup.values())
                .map(group -> new Section(
                        group,
                        items.stream()
                                .filter(item ->
                                        item.group() == group && item.shownTo().test(viewer))
                                .toList()))
                .filter(section -> !section.items().isEmpty())
                .toList();
    }

    public record Section(MenuGroup group, List<MenuItem> items) {}
}
