package dev.tandem.organisation.web;

import dev.tandem.organisation.EnterpriseForm;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.organisation.web.Views.EnterpriseView;
import dev.tandem.shared.Viewer;
import jakarta.validation.Valid;
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
    EnterpriseView get() {
        return EnterpriseView.of(plant.enterprise());
    }

    @PutMapping
    EnterpriseView update(@Valid @RequestBody EnterpriseForm form, Viewer viewer) {
        return EnterpriseView.of(plant.updateEnterprise(form, viewer));
    }
}
