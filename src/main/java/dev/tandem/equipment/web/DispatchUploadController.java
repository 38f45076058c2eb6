package dev.tandem.equipment.web;

import dev.tandem.equipment.DowntimeReason;
import dev.tandem.equipment.access.EquipmentAccess;
import dev.tandem.equipment.dispatch.DispatchImport;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.RowProblems;
import dev.tandem.shared.web.TableUpload;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Uploading dispatch data from a file: all rows or none, with every wrong cell listed by row and column. */
@Controller
class DispatchUploadController {

    private static final String VIEW = "equipment/upload";

    private final DispatchImport imports;
    private final TableUpload upload;
    private final RowProblems problems;
    private final MessageSource messages;

    DispatchUploadController(DispatchImport imports, TableUpload upload, RowProblems problems, MessageSource messages) {
        this.imports = imports;
        this.upload = upload;
        this.problems = problems;
        this.messages = messages;
    }

    @ModelAttribute
    void reasons(Model model) {
        model.addAttribute("reasons", DowntimeReason.values());
    }

    @GetMapping("/equipment/upload")
    String page(Viewer viewer) {
        requireRecorder(viewer);
        return VIEW;
    }

    @PostMapping("/equipment/upload")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Viewer viewer, Model model) {
        requireRecorder(viewer);
        try {
            var report = imports.importLines(DispatchFiles.lines(upload, file), viewer);
            if (report.accepted()) {
                return "redirect:/equipment/upload?imported=" + report.created() + "&unchanged=" + report.unchanged();
            }
            model.addAttribute("importErrors", problems.rows(report.errors()));
        } catch (InvalidRequestException unreadable) {
            model.addAttribute(
                    "importProblem",
                    messages.getMessage(
                            unreadable.messageCode(), unreadable.arguments(), LocaleContextHolder.getLocale()));
        }
        return VIEW;
    }

    private static void requireRecorder(Viewer viewer) {
        if (!EquipmentAccess.canRecord(viewer)) {
            throw new AccessDeniedException("recording dispatch data");
        }
    }
}
