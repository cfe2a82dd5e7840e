package dev.ordo.riskassessment.web;

import dev.ordo.riskassessment.RiskCriteriaRequest;
import dev.ordo.riskassessment.RiskCriteriaView;
import dev.ordo.shared.InvalidInput;

/**
 * The organization's planned interval of risk assessment (ISO/IEC 27001 8.2) as the criteria page edits it: a number
 * of days, empty for the configured default. Read as text, so that "a year" gets a message next to the field rather
 * than a conversion error.
 */
public class ReassessmentIntervalForm {

	private String reassessmentIntervalDays;

	private String reason;

	/** The version of the criteria the form was opened on: saving after someone else's change is refused. */
	private Long version;

	static ReassessmentIntervalForm of(RiskCriteriaView criteria) {
		ReassessmentIntervalForm form = new ReassessmentIntervalForm();
		form.version = criteria.version();
		Integer days = criteria.reassessmentIntervalDays();
		form.reassessmentIntervalDays = days == null ? "" : days.toString();
		return form;
	}

	/** A change of the interval alone; the other criteria stay as they are. */
	RiskCriteriaRequest request() {
		Integer days = null;
		if (reassessmentIntervalDays != null && !reassessmentIntervalDays.isBlank()) {
			try {
				days = Integer.valueOf(reassessmentIntervalDays.trim());
			}
			catch (NumberFormatException e) {
				throw InvalidInput.of("reassessmentIntervalDays",
						"must be a whole number of days; leave it empty for the configured default");
			}
		}
		return new RiskCriteriaRequest(null, null, null, null, null, null, days, days == null, reason);
	}

	public String getReassessmentIntervalDays() {
		return reassessmentIntervalDays;
	}

	public void setReassessmentIntervalDays(String reassessmentIntervalDays) {
		this.reassessmentIntervalDays = reassessmentIntervalDays;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
