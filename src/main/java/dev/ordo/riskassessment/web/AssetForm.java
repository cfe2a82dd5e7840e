package dev.ordo.riskassessment.web;

import java.util.UUID;

import dev.ordo.riskassessment.AssetRequest;
import dev.ordo.riskassessment.AssetType;
import dev.ordo.riskassessment.AssetView;

/** The asset form. */
public class AssetForm {

	private String name;

	private AssetType type;

	private String description;

	private UUID ownerId;

	/** The version the form was opened on: saving it after someone else's change is refused. */
	private Long version;

	private String classification;

	private Integer confidentiality = 1;

	private Integer integrity = 1;

	private Integer availability = 1;

	private Integer authenticity = 1;

	static AssetForm of(AssetView a) {
		AssetForm f = new AssetForm();
		f.version = a.version();
		f.name = a.name();
		f.type = a.type();
		f.description = a.description();
		f.ownerId = a.owner() == null ? null : a.owner().userId();
		f.classification = a.classification();
		f.confidentiality = a.protection().get(0).own();
		f.integrity = a.protection().get(1).own();
		f.availability = a.protection().get(2).own();
		f.authenticity = a.protection().get(3).own();
		return f;
	}

	AssetRequest toRequest() {
		return new AssetRequest(name, type, description, ownerId, classification, confidentiality, integrity,
				availability, authenticity);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public AssetType getType() {
		return type;
	}

	public void setType(AssetType type) {
		this.type = type;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public UUID getOwnerId() {
		return ownerId;
	}

	public void setOwnerId(UUID ownerId) {
		this.ownerId = ownerId;
	}

	public String getClassification() {
		return classification;
	}

	public void setClassification(String classification) {
		this.classification = classification;
	}

	public Integer getConfidentiality() {
		return confidentiality;
	}

	public void setConfidentiality(Integer confidentiality) {
		this.confidentiality = confidentiality;
	}

	public Integer getIntegrity() {
		return integrity;
	}

	public void setIntegrity(Integer integrity) {
		this.integrity = integrity;
	}

	public Integer getAvailability() {
		return availability;
	}

	public void setAvailability(Integer availability) {
		this.availability = availability;
	}

	public Integer getAuthenticity() {
		return authenticity;
	}

	public void setAuthenticity(Integer authenticity) {
		this.authenticity = authenticity;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
