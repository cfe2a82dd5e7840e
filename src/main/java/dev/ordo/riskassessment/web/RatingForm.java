package dev.ordo.riskassessment.web;

import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.RatingRequest;

/** The rating form of the risk page. */
public class RatingForm {

	private RatingKind kind = RatingKind.CURRENT;

	private Integer likelihood;

	private Integer consequence;

	private String reason;

	RatingRequest toRequest() {
		return new RatingRequest(kind, likelihood, consequence, reason);
	}

	public RatingKind getKind() {
		return kind;
	}

	public void setKind(RatingKind kind) {
		this.kind = kind;
	}

	public Integer getLikelihood() {
		return likelihood;
	}

	public void setLikelihood(Integer likelihood) {
		this.likelihood = likelihood;
	}

	public Integer getConsequence() {
		return consequence;
	}

	public void setConsequence(Integer consequence) {
		this.consequence = consequence;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
