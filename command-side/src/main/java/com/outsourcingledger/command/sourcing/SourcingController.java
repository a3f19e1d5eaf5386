package com.outsourcingledger.command.sourcing;

import com.outsourcingledger.api.organization.Department;
import com.outsourcingledger.api.sourcing.Criterion;
import com.outsourcingledger.api.sourcing.PanelMember;
import com.outsourcingledger.api.sourcing.ScoringPolicy;
import com.outsourcingledger.api.sourcing.SourcingCommand.AwardSourcing;
import com.outsourcingledger.api.sourcing.SourcingCommand.CancelSourcing;
import com.outsourcingledger.api.sourcing.SourcingCommand.ConsolidateScores;
import com.outsourcingledger.api.sourcing.SourcingCommand.OpenSourcing;
import com.outsourcingledger.api.sourcing.SourcingCommand.SubmitScoreSheet;
import com.outsourcingledger.platform.security.AnyDepartment;
import com.outsourcingledger.platform.web.ReadLocation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Opening a sourcing, the panel's score sheets, consolidation, the award, and the cancellation of a round. */
@RestController
class SourcingController {

    record OpeningRequest(@Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+") String sourcingId,
                          @NotBlank @Size(max = 64) String projectId,
                          @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 64) String> candidateVendorIds,
                          @NotEmpty @Size(max = 50) List<@NotNull @Valid PanelMemberRequest> panel,
                          @Valid PolicyRequest policy) {
    }

    record PanelMemberRequest(@NotBlank @Size(max = 100) String user, @NotNull Department department) {
    }

    record PolicyRequest(@NotBlank @Size(max = 100) String version, @NotEmpty Map<Criterion, Integer> weights) {
    }

    record ScoreSheetRequest(@NotBlank @Size(max = 64) String vendorId, @NotEmpty Map<Criterion, Integer> scores,
                             @Size(max = 4000) String comment) {
    }

    record AwardRequest(@NotBlank @Size(max = 64) String vendorId, @Size(max = 4000) String justification) {
    }

    record SourcingCancellationRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    record SourcingReference(String sourcingId) {
    }

    private final CommandGateway commands;

    SourcingController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/sourcings")
    @PreAuthorize("hasAnyRole('HR', 'PROCUREMENT')")
    ResponseEntity<SourcingReference> open(@Valid @RequestBody OpeningRequest request) {
        String sourcingId = request.sourcingId() == null ? UUID.randomUUID().toString() : request.sourcingId();
        URI location = ReadLocation.of("/sourcings/{sourcingId}", sourcingId);
        commands.sendAndWait(new OpenSourcing(sourcingId, request.projectId(), request.candidateVendorIds(),
                request.panel().stream().map(m -> new PanelMember(m.user(), m.department())).toList(),
                request.policy() == null ? null : new ScoringPolicy(request.policy().version(), request.policy().weights())));
        return ResponseEntity.created(location).body(new SourcingReference(sourcingId));
    }

    /** Any internal user may try; only a panel member, for their own sheet, succeeds. */
    @PostMapping("/sourcings/{sourcingId}/score-sheets")
    @AnyDepartment
    ResponseEntity<Void> submitScoreSheet(@PathVariable String sourcingId,
                                          @Valid @RequestBody ScoreSheetRequest request) {
        URI location = ReadLocation.of("/sourcings/{sourcingId}", sourcingId);
        commands.sendAndWait(new SubmitScoreSheet(sourcingId, request.vendorId(), request.scores(), request.comment()));
        return ResponseEntity.created(location).build();
    }

    @PostMapping("/sourcings/{sourcingId}/consolidation")
    @PreAuthorize("hasAnyRole('HR', 'PROCUREMENT')")
    ResponseEntity<Void> consolidate(@PathVariable String sourcingId) {
        commands.sendAndWait(new ConsolidateScores(sourcingId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/sourcings/{sourcingId}/award")
    @PreAuthorize("hasAnyRole('PROCUREMENT', 'MANAGEMENT')")
    ResponseEntity<Void> award(@PathVariable String sourcingId, @Valid @RequestBody AwardRequest request) {
        commands.sendAndWait(new AwardSourcing(sourcingId, request.vendorId(), request.justification()));
        return ResponseEntity.noContent().build();
    }

    /** The round ends without an award; the project may then open a new round under a new sourcing id. */
    @PostMapping("/sourcings/{sourcingId}/cancellation")
    @PreAuthorize("hasAnyRole('HR', 'PROCUREMENT')")
    ResponseEntity<Void> cancel(@PathVariable String sourcingId,
                                @Valid @RequestBody SourcingCancellationRequest request) {
        commands.sendAndWait(new CancelSourcing(sourcingId, request.reason()));
        return ResponseEntity.noContent().build();
    }
}
