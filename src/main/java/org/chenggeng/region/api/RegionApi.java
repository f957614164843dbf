package org.chenggeng.region.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.shared.IdempotentWrites;
import org.chenggeng.shared.api.Created;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Regions and compounds")
class RegionApi {

    private final RegionService regions;
    private final CompoundService compounds;
    private final CurrentUser currentUser;
    private final IdempotentWrites writes;

    RegionApi(RegionService regions, CompoundService compounds, CurrentUser currentUser, IdempotentWrites writes) {
        this.regions = regions;
        this.compounds = compounds;
        this.currentUser = currentUser;
        this.writes = writes;
    }

    @PostMapping("/regions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createRegion", summary = "Add a region one level below another (administrators)",
            description = "A region without a parent is a new city. Names are unique under one parent "
                    + "(region.error.duplicateName, 422); a community takes no children (region.error.noChildren); a "
                    + "kind of another level is refused (region.error.kindLevel). Other roles get 403.")
    ResponseEntity<Created> createRegion(
            @Parameter(description = Created.KEY_DESCRIPTION) @RequestHeader(name = Created.IDEMPOTENCY_KEY,
                    required = false) @Pattern(regexp = "[\\x21-\\x7E]{1,100}") String idempotencyKey,
            @Valid @RequestBody RegionRequest body) {
        return Created.answer(writes.once(() -> currentUser.require().id(), idempotencyKey, "region.create " + body,
                Created.class, () -> new Created(regions.create(body.parentId(), body.name(), body.code(),
                        body.kind()))));
    }

    @PostMapping("/compounds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createCompound", summary = "Add a compound to a community (administrators)",
            description = "The community must be a region at community level (compound.error.communityRequired, "
                    + "422). Other roles get 403.")
    ResponseEntity<Created> createCompound(
            @Parameter(description = Created.KEY_DESCRIPTION) @RequestHeader(name = Created.IDEMPOTENCY_KEY,
                    required = false) @Pattern(regexp = "[\\x21-\\x7E]{1,100}") String idempotencyKey,
            @Valid @RequestBody CompoundRequest body) {
        var data = new CompoundService.CompoundData(body.name(), body.yearBuilt(), body.buildings(), body.households(),
                body.floorArea());
        return Created.answer(writes.once(() -> currentUser.require().id(), idempotencyKey, "compound.create " + body,
                Created.class, () -> new Created(compounds.create(body.communityId(), data))));
    }
}
