package dev.ordo.frameworks.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.ordo.platform.persistence.OrganizationOwned;

/** A control of one catalog related to a control of another (source satisfies target, fully or in part). */
@Entity
@Table(name = "control_mapping")
public class ControlMapping extends OrganizationOwned {

	@Id
	private UUID id;

	private String sourceCatalog;

	private String sourceControl;

	private String targetCatalog;

	private String targetControl;

	private String relationship;

	private String sourceName;

	protected ControlMapping() {
	}

	public ControlMapping(String sourceCatalog, String sourceControl, String targetCatalog, String targetControl,
			String relationship, String sourceName) {
		this.id = UUID.randomUUID();
		this.sourceCatalog = sourceCatalog;
		this.sourceControl = sourceControl;
		this.targetCatalog = targetCatalog;
		this.targetControl = targetControl;
		this.relationship = relationship;
		this.sourceName = sourceName;
	}

	public String getSourceCatalog() {
		return sourceCatalog;
	}

	public String getSourceControl() {
		return sourceControl;
	}

	public String getTargetCatalog() {
		return targetCatalog;
	}

	public String getTargetControl() {
		return targetControl;
	}

	public String getRelationship() {
		return relationship;
	}
}
