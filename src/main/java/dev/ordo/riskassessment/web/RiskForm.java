package dev.ordo.riskassessment.web;

import java.util.UUID;

import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskRequest;
import dev.ordo.riskassessment.RiskView;

/** The risk form. */
public class RiskForm {

	private String title;

	private RiskKind kind = RiskKind.ASSET_BASED;

	private String description;

	private UUID assetId;

	private String threatKey;

	private String vulnerabilityKey;

	private String scenario;

	private String consequenceCategory;

	private UUID ownerId;

	/** The version the form was opened on: saving it after someone else's change is refused. */
	private Long version;

	static RiskForm of(RiskView r) {
		RiskForm f = new RiskForm();
		f.version = r.version();
		f.title = r.title();
		f.kind = r.kind();
		f.description = r.description();
		f.assetId = r.assetId();
		f.threatKey = r.threatKey();
		f.vulnerabilityKey = r.vulnerabilityKey();
		f.scenario = r.scenario();
		f.consequenceCategory = r.consequenceCategory();
		f.ownerId = r.owner() == null ? null : r.owner().userId();
		return f;
	}

	RiskRequest toRequest() {
		return new RiskRequest(title, kind, description, assetId, blankToNull(threatKey), blankToNull(vulnerabilityKey),
				scenario, consequenceCategory, ownerId);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public RiskKind getKind() {
		return kind;
	}

	public void setKind(RiskKind kind) {
		this.kind = kind;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public UUID getAssetId() {
		return assetId;
	}

	public void setAssetId(UUID assetId) {
		this.assetId = assetId;
	}

	public String getThreatKey() {
		return threatKey;
	}

	public void setThreatKey(String threatKey) {
		this.threatKey = threatKey;
	}

	public String getVulnerabilityKey() {
		return vulnerabilityKey;
	}

	public void setVulnerabilityKey(String vulnerabilityKey) {
		this.vulnerabilityKey = vulnerabilityKey;
	}

	public String getScenario() {
		return scenario;
	}

	public void setScenario(String scenario) {
		this.scenario = scenario;
	}

	public String getConsequenceCategory() {
		return consequenceCategory;
	}

	public void setConsequenceCategory(String consequenceCategory) {
		this.consequenceCategory = consequenceCategory;
	}

	public UUID getOwnerId() {
		return ownerId;
	}

	public void setOwnerId(UUID ownerId) {
		this.ownerId = ownerId;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
