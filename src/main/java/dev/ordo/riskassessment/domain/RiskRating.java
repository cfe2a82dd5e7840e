package dev.ordo.riskassessment.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.ordo.platform.persistence.OrganizationOwned;
import dev.ordo.riskassessment.RatingKind;

/** One entry of a risk's rating history; written on every change of a rating and never changed. */
@Entity
@Table(name = "risk_rating")
public class RiskRating extends OrganizationOwned {

	@Id
	private UUID id;

	private UUID riskId;

	@Enumerated(EnumType.STRING)
	private RatingKind kind;

	private int likelihood;

	private int consequence;

	@Column(name = "rating_level")
	private int level;

	private String reason;

	private UUID ratedBy;

	private Instant ratedAt;

	/** The risk assessment run that wrote the entry (lineage). */
	private UUID runId;

	protected RiskRating() {
	}

	public RiskRating(UUID riskId, RatingKind kind, int likelihood, int consequence, int level, String reason,
			UUID ratedBy, Instant ratedAt, UUID runId) {
		this.id = UUID.randomUUID();
		this.runId = runId;
		this.riskId = riskId;
		this.kind = kind;
		this.likelihood = likelihood;
		this.consequence = consequence;
		this.level = level;
		this.reason = reason;
		this.ratedBy = ratedBy;
		this.ratedAt = ratedAt;
	}

	public UUID getId() {
		return id;
	}

	public UUID getRiskId() {
		return riskId;
	}

	public RatingKind getKind() {
		return kind;
	}

	public int getLikelihood() {
		return likelihood;
	}

	public int getConsequence() {
		return consequence;
	}

	public int getLevel() {
		return level;
	}

	public String getReason() {
		return reason;
	}

	public UUID getRatedBy() {
		return ratedBy;
	}

	public UUID getRunId() {
		return runId;
	}

	public Instant getRatedAt() {
		return ratedAt;
	}
}
