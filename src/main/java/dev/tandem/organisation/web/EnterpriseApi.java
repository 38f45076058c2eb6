package dev.tandem.organisation.web;

import dev.tandem.organisation.ConfigureEnterprise;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.organisation.web.Views.EnterpriseView;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Versions;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/enterprise")
class EnterpriseApi {

    private final PlantStructure plant;

    EnterpriseApi(PlantStructure plant) {
        this.plant = plant;
    }

    @GetMapping
    ResponseEntity<EnterpriseView> get() {
        var enterprise = plant.enterprise();
        return Versions.tagged(enterprise.version(), EnterpriseView.of(enterprise));
    }

    @PutMapping
    ResponseEntity<EnterpriseView> update(
            Precondition precondition, @Valid @RequestBody ConfigureEnterprise form, Viewer viewer) {
        var enterprise = plant.updateEnterprise(precondition, form, viewer);
        return Versions.tagged(enterprise.version(), EnterpriseView.of(enterprise));
    }
}
