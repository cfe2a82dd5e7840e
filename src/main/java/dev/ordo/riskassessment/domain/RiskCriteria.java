package dev.ordo.riskassessment.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.ordo.platform.persistence.OrganizationOwned;

/** An organization's risk criteria. Until the organization changes them, Ordo's defaults apply and no row exists. */
@Entity
@Table(name = "risk_criteria")
public class RiskCriteria extends OrganizationOwned {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Id
	private UUID id;

	private String likelihoodScale;

	private String consequenceScale;

	private String riskLevels;

	private String consequenceCategories;

	private String matrix;

	private int acceptanceThreshold;

	/** Null: the configured default interval. */
	private Integer reassessmentIntervalDays;

	private Instant changedAt;

	private UUID changedBy;

	@Version
	private long version;

	protected RiskCriteria() {
	}

	public RiskCriteria(CriteriaModel model, UUID by, Instant now) {
		this.id = UUID.randomUUID();
		apply(model, by, now);
	}

	public void apply(CriteriaModel model, UUID by, Instant now) {
		likelihoodScale = JSON.writeValueAsString(model.likelihood());
		consequenceScale = JSON.writeValueAsString(model.consequence());
		riskLevels = JSON.writeValueAsString(model.riskLevels());
		consequenceCategories = JSON.writeValueAsString(model.categories());
		matrix = JSON.writeValueAsString(model.matrix());
		acceptanceThreshold = model.acceptanceThreshold();
		reassessmentIntervalDays = model.reassessmentIntervalDays();
		changedAt = now;
		changedBy = by;
	}

	/** The criteria, unmodifiable: a model read once is shared by the requests that follow (it is kept). */
	public CriteriaModel model() {
		List<List<Integer>> cells = JSON.readValue(matrix, new TypeReference<List<List<Integer>>>() {
		});
		return new CriteriaModel(levels(likelihoodScale), levels(consequenceScale), levels(riskLevels),
				List.copyOf(JSON.readValue(consequenceCategories, new TypeReference<List<String>>() {
				})), cells.stream().map(List::copyOf).toList(), acceptanceThreshold, reassessmentIntervalDays);
	}

	private static List<CriteriaModel.Level> levels(String json) {
		return List.copyOf(JSON.readValue(json, new TypeReference<List<CriteriaModel.Level>>() {
		}));
	}

	public UUID getId() {
		return id;
	}

	public Integer getReassessmentIntervalDays() {
		return reassessmentIntervalDays;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	/**
	 * The version clients see, counted from 1 once stored (the column counts from 0), so that 0 stands for Ordo's
	 * defaults and a first change made on them is refused when someone else set criteria meanwhile.
	 */
	public long getVersion() {
		return version + 1;
	}
}
