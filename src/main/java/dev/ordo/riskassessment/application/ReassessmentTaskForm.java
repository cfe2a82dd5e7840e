package dev.ordo.riskassessment.application;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.domain.RiskRepository;
import dev.ordo.shared.AccessDenied;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.workflow.TaskForm;

/**
 * Rules of the owner's "Reassess risk" task (ISO/IEC 27001 8.2): completing it confirms the current rating, so only
 * the risk owner may, and only with a reason (it goes into the rating history). Re-rating the risk on its page ends
 * the task without this form.
 */
@Component
class ReassessmentTaskForm implements TaskForm {

	private final RiskRepository risks;

	ReassessmentTaskForm(RiskRepository risks) {
		this.risks = risks;
	}

	@Override
	public String formKey() {
		return PeriodicReassessment.TASK_FORM;
	}

	@Override
	public String link(String businessKey) {
		return "/risks/" + businessKey;
	}

	@Override
	public Map<String, Object> validate(Map<String, Object> formData, Map<String, Object> processVariables) {
		Object owner = processVariables.get("ownerId");
		String me = CurrentActor.require().userId().toString();
		if (owner != null && !owner.toString().equals(me)) {
			throw new AccessDenied("Only the risk owner can confirm the current rating");
		}
		Object comment = formData.get("comment");
		String text = comment == null ? "" : comment.toString().trim();
		if (text.isEmpty()) {
			throw InvalidInput.of("comment", "say why the current rating still holds (it is kept in the rating history)");
		}
		if (text.length() > 1000) {
			throw InvalidInput.of("comment", "must have at most 1000 characters");
		}
		Object riskId = processVariables.get("riskId");
		if (riskId != null && risks.findById(UUID.fromString(riskId.toString()))
			.map(r -> r.rating(RatingKind.CURRENT) == null).orElse(true)) {
			throw InvalidInput.of("comment", "the risk has no current rating to confirm; rate it on its page");
		}
		return Map.of("comment", text);
	}
}
