package dev.ordo.risktreatment;

import java.util.List;
import java.util.UUID;
import java.time.Instant;

import dev.ordo.shared.AuditableEvent;

/** The controls selected for a risk changed (ISO/IEC 27001 6.1.3 b); implementation applies them. */
public record ControlsSelected(UUID organizationId, UUID riskId, String riskTitle, List<SelectedControl> controls, UUID actorId) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "risk-treatment";
	}

	@Override
	public String subjectId() {
		return riskId.toString();
	}

	@Override
	public String summary() {
		return "Controls selected for risk \"" + riskTitle + "\": " + (controls.isEmpty() ? "none" : String.join(", ", controls.stream().map(SelectedControl::label).toList()));
	}
}
