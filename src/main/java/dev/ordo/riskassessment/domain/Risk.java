package dev.ordo.riskassessment.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.ordo.platform.persistence.OrganizationOwned;
import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.TreatmentState;

/**
 * A risk of the register with its three ratings. Levels are 0 while a rating is missing. The priority level (what
 * the register sorts by) is the current level, or the inherent level while there is no current one. A change of the
 * risk criteria re-maps the ratings of all risks at once in SQL ({@link RatingRemapping}), by the same rules.
 */
@Entity
@Table(name = "risk")
public class Risk extends OrganizationOwned {

	@Id
	private UUID id;

	private String title;

	/** The title as the register sorts it, whatever its case ({@link SortKeys}). */
	private String sortTitle;

	@Enumerated(EnumType.STRING)
	private RiskKind kind;

	private String description;

	private UUID assetId;

	private String threatKey;

	private String vulnerabilityKey;

	private String scenario;

	private String consequenceCategory;

	private UUID ownerId;

	private Integer inherentLikelihood;

	private Integer inherentConsequence;

	private int inherentLevel;

	private Integer currentLikelihood;

	private Integer currentConsequence;

	private int currentLevel;

	private Integer residualLikelihood;

	private Integer residualConsequence;

	private int residualLevel;

	private int priorityLevel;

	private boolean reassessmentDue;

	private String reassessmentReason;

	private UUID identifiedBy;

	private Instant identifiedAt;

	/** The risk assessment run that identified it (lineage); {@code null} only for rows written outside Ordo. */
	private UUID identifiedInRun;

	/** The last rating a person recorded (or imported), else the identification: periodic reassessment counts from it. */
	private Instant lastAssessedAt;

	/** Closed (retired) risks leave the register, heat map and reassessment until reopened. */
	private boolean closed;

	private Instant closedAt;

	private UUID closedBy;

	private String closureReason;

	/**
	 * Reported by risk treatment and written only in SQL ({@link TreatmentStates}), never through the entity: so that
	 * saving the risk cannot overwrite a state reported meanwhile, and reporting one does not move the version. The
	 * database's default ({@code UNTREATED}) applies to a new risk.
	 */
	@Column(insertable = false, updatable = false)
	@Enumerated(EnumType.STRING)
	private TreatmentState treatmentState;

	@Version
	private long version;

	protected Risk() {
	}

	public Risk(UUID identifiedBy, Instant now, UUID runId) {
		this.id = UUID.randomUUID();
		this.identifiedInRun = runId;
		this.identifiedBy = identifiedBy;
		this.identifiedAt = now;
		this.lastAssessedAt = now;
	}

	public void describe(String title, RiskKind kind, String description, UUID assetId, String threatKey,
			String vulnerabilityKey, String scenario, String consequenceCategory, UUID ownerId) {
		this.title = title;
		this.sortTitle = SortKeys.of(title);
		this.kind = kind;
		this.description = description;
		this.assetId = assetId;
		this.threatKey = threatKey;
		this.vulnerabilityKey = vulnerabilityKey;
		this.scenario = scenario;
		this.consequenceCategory = consequenceCategory;
		this.ownerId = ownerId;
	}

	/** Sets one rating; a current rating also settles a pending reassessment. */
	public void rate(RatingKind kind, int likelihood, int consequence, int level) {
		switch (kind) {
			case INHERENT -> {
				inherentLikelihood = likelihood;
				inherentConsequence = consequence;
				inherentLevel = level;
			}
			case CURRENT -> {
				currentLikelihood = likelihood;
				currentConsequence = consequence;
				currentLevel = level;
				reassessmentDue = false;
				reassessmentReason = null;
			}
			case RESIDUAL -> {
				residualLikelihood = likelihood;
				residualConsequence = consequence;
				residualLevel = level;
			}
		}
		priorityLevel = currentLevel > 0 ? currentLevel : inherentLevel;
	}

	/** A person assessed the risk (rated it, or confirmed its rating): the interval to the next one starts again. */
	public void assessed(Instant at) {
		lastAssessedAt = at;
	}

	/** A confirmed rating settles a pending reassessment like a new current rating does. */
	public void settleReassessment() {
		reassessmentDue = false;
		reassessmentReason = null;
	}

	public void markReassessmentDue(String reason) {
		reassessmentDue = true;
		reassessmentReason = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
	}

	/** Likelihood and consequence of a rating, or {@code null} when not rated. */
	public int[] rating(RatingKind kind) {
		Integer l = switch (kind) {
			case INHERENT -> inherentLikelihood;
			case CURRENT -> currentLikelihood;
			case RESIDUAL -> residualLikelihood;
		};
		Integer c = switch (kind) {
			case INHERENT -> inherentConsequence;
			case CURRENT -> currentConsequence;
			case RESIDUAL -> residualConsequence;
		};
		return l == null || c == null ? null : new int[] { l, c };
	}

	public int level(RatingKind kind) {
		return switch (kind) {
			case INHERENT -> inherentLevel;
			case CURRENT -> currentLevel;
			case RESIDUAL -> residualLevel;
		};
	}

	public void close(String reason, UUID by, Instant at) {
		closed = true;
		closureReason = reason;
		closedBy = by;
		closedAt = at;
		reassessmentDue = false;
		reassessmentReason = null;
	}

	public void reopen() {
		closed = false;
		closureReason = null;
		closedBy = null;
		closedAt = null;
	}

	public boolean isClosed() {
		return closed;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public UUID getClosedBy() {
		return closedBy;
	}

	public String getClosureReason() {
		return closureReason;
	}

	public UUID getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public RiskKind getKind() {
		return kind;
	}

	public String getDescription() {
		return description;
	}

	public UUID getAssetId() {
		return assetId;
	}

	public String getThreatKey() {
		return threatKey;
	}

	public String getVulnerabilityKey() {
		return vulnerabilityKey;
	}

	public String getScenario() {
		return scenario;
	}

	public String getConsequenceCategory() {
		return consequenceCategory;
	}

	public UUID getOwnerId() {
		return ownerId;
	}

	public int getPriorityLevel() {
		return priorityLevel;
	}

	public boolean isReassessmentDue() {
		return reassessmentDue;
	}

	public String getReassessmentReason() {
		return reassessmentReason;
	}

	public UUID getIdentifiedBy() {
		return identifiedBy;
	}

	public Instant getIdentifiedAt() {
		return identifiedAt;
	}

	public UUID getIdentifiedInRun() {
		return identifiedInRun;
	}

	public Instant getLastAssessedAt() {
		return lastAssessedAt;
	}

	/** As loaded; {@code UNTREATED} for a risk saved in this session (the database's default). */
	public TreatmentState getTreatmentState() {
		return treatmentState == null ? TreatmentState.UNTREATED : treatmentState;
	}

	public long getVersion() {
		return version;
	}
}
