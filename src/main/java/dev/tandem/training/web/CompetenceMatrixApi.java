package dev.tandem.training.web;

import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.training.TrainingClearance;
import dev.tandem.training.TrainingClearance.Clearance;
import dev.tandem.training.TrainingClearance.Work;
import dev.tandem.training.listing.CompetenceMatrix;
import dev.tandem.training.listing.CompetenceMatrix.Matrix;
import dev.tandem.training.listing.MatrixFilter;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The competence matrix, its export, and whether a person is cleared for work now. */
@RestController
class CompetenceMatrixApi {

    private final CompetenceMatrix matrix;
    private final MatrixExports exports;
    private final TrainingClearance clearance;

    CompetenceMatrixApi(CompetenceMatrix matrix, MatrixExports exports, TrainingClearance clearance) {
        this.matrix = matrix;
        this.exports = exports;
        this.clearance = clearance;
    }

    /** People (a page of them) × the competences required of them, within what the viewer reads. */
    @GetMapping("/api/v1/competence-matrix")
    Matrix matrix(MatrixFilter filter, Paging paging, Viewer viewer) {
        return matrix.matrix(filter, paging, viewer);
    }

    @GetMapping("/api/v1/competence-matrix/export")
    ResponseEntity<StreamingResponseBody> export(
            MatrixFilter filter, Paging paging, @RequestParam(required = false) String format, Viewer viewer) {
        return exports.matrix(format, filter, paging, viewer);
    }

    /**
     * Whether the person is cleared now for work in the area (when given) that needs the named competences, with each
     * requirement and where the person stands in it; for whoever reads the person's training.
     *
     * @param competence codes of competences the work needs, such as {@code HOT_WORK}
     */
    @GetMapping("/api/v1/training-clearance")
    Clearance clearance(
            @RequestParam UUID personId,
            @RequestParam(required = false) UUID areaId,
            @RequestParam(required = false) Set<String> competence,
            Viewer viewer) {
        return clearance.clearedNow(personId, new Work(areaId, competence), viewer);
    }
}
