package dev.ordo.risktreatment.application;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.ordo.identity.Identity;
import dev.ordo.identity.MemberSummary;
import dev.ordo.shared.AccessDenied;
import dev.ordo.shared.CurrentActor;
import dev.ordo.workflow.TaskDecision;
import dev.ordo.workflow.TaskForm;

/**
 * Rules of the risk owner's decision: accept or reject, a comment when rejecting, and only by the risk's current
 * owner (or, for a risk without owner, by an ISMS manager other than the one who requested it, whom the engine offers
 * the task to; ISO/IEC 27001:2022 A.5.3 segregation of duties, as in {@link TaskDecision#approval}). The owner is read from
 * the risk, not from the run, so that an owner changed while the request is open decides and the former one cannot.
 */
@Component
class AcceptanceDecisionForm implements TaskForm {

	/** The run's variable with the user id of who requested the acceptance, {@code null} for a renewal. */
	static final String REQUESTER_VARIABLE = "requestedBy";

	static final String REQUESTER_REFUSAL = "The person who requested the acceptance of a risk without owner cannot "
			+ "accept or reject it; another ISMS manager decides";

	static final String NO_OWNER_REFUSAL = "This risk has no owner who is a member: an ISMS manager other than the "
			+ "one who requested it decides this acceptance";

	// Lazily: the workflow engine takes every task form, and acceptances use the engine.
	private final ObjectProvider<AcceptanceService> acceptances;

	private final Identity identity;

	AcceptanceDecisionForm(ObjectProvider<AcceptanceService> acceptances, Identity identity) {
		this.acceptances = acceptances;
		this.identity = identity;
	}

	@Override
	public String formKey() {
		return AcceptanceService.DECISION_FORM;
	}

	@Override
	public String link(String businessKey) {
		return "/risks/" + businessKey;
	}

	@Override
	public Map<String, Object> validate(Map<String, Object> formData, Map<String, Object> processVariables) {
		TaskDecision decision = TaskDecision.read(formData, "accepted", "accept", "reject");
		String refusal = refusal(processVariables);
		if (refusal != null) {
			throw new AccessDenied(refusal);
		}
		return decision.variables("accepted");
	}

	/**
	 * Why the current person may not decide, naming who decides instead, so that nobody meets a bare "forbidden";
	 * {@code null} when they may.
	 */
	@Override
	public String refusal(Map<String, Object> processVariables) {
		String me = CurrentActor.require().userId().toString();
		String owner = owner(processVariables);
		if (owner != null) {
			return owner.equals(me) ? null : onlyOwner(UUID.fromString(owner));
		}
		if (!CurrentActor.require().hasAnyRole(AcceptanceService.FALLBACK_GROUP)) {
			return NO_OWNER_REFUSAL;
		}
		// Without an owner an ISMS manager decides, but not the one who asked: four eyes (A.5.3), as in approvals.
		return me.equals(processVariables.get(REQUESTER_VARIABLE)) ? REQUESTER_REFUSAL : null;
	}

	private String onlyOwner(UUID owner) {
		return "Only the risk owner " + identity.member(owner).map(MemberSummary::displayName).orElse("(former member)")
				+ " can decide this acceptance of the residual risk";
	}

	private String owner(Map<String, Object> processVariables) {
		Object risk = processVariables.get(AcceptanceService.RISK_VARIABLE);
		if (risk == null) {
			Object owner = processVariables.get(AcceptanceService.OWNER_VARIABLE);
			return owner == null ? null : owner.toString();
		}
		UUID owner = acceptances.getObject().currentOwner(UUID.fromString(risk.toString()));
		return Objects.toString(owner, null);
	}
}
