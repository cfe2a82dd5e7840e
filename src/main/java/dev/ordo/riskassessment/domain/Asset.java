package dev.ordo.riskassessment.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.ordo.platform.persistence.OrganizationOwned;
import dev.ordo.riskassessment.AssetType;

/**
 * An asset of the inventory with its own protection needs and the effective needs it inherits from the assets it
 * supports (kept up to date by {@link ProtectionInheritance} whenever needs or dependencies change).
 */
@Entity
@Table(name = "asset")
public class Asset extends OrganizationOwned {

	@Id
	private UUID id;

	private String name;

	/** The name as the asset list sorts it, whatever its case ({@link SortKeys}). */
	private String sortName;

	@Enumerated(EnumType.STRING)
	private AssetType type;

	private String description;

	private UUID ownerId;

	private String classification;

	private int confidentiality;

	private int integrity;

	private int availability;

	private int authenticity;

	private int effConfidentiality;

	private int effIntegrity;

	private int effAvailability;

	private int effAuthenticity;

	private UUID confidentialitySource;

	private UUID integritySource;

	private UUID availabilitySource;

	private UUID authenticitySource;

	private int protectionLevel;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Asset() {
	}

	public Asset(Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void describe(String name, AssetType type, String description, UUID ownerId, String classification,
			int[] needs, Instant now) {
		this.name = name;
		this.sortName = SortKeys.of(name);
		this.type = type;
		this.description = description;
		this.ownerId = ownerId;
		this.classification = classification;
		this.confidentiality = needs[0];
		this.integrity = needs[1];
		this.availability = needs[2];
		this.authenticity = needs[3];
		this.updatedAt = now;
		if (effConfidentiality == 0) {
			applyEffective(needs, new UUID[4]);
		}
	}

	/** Whether {@link #describe} with these values would change nothing but the time of the last change. */
	public boolean isDescribedAs(String name, AssetType type, String description, UUID ownerId, String classification,
			int[] needs) {
		return java.util.Objects.equals(this.name, name) && this.type == type
				&& java.util.Objects.equals(this.description, description)
				&& java.util.Objects.equals(this.ownerId, ownerId)
				&& java.util.Objects.equals(this.classification, classification)
				&& java.util.Arrays.equals(ownNeeds(), needs);
	}

	public int[] ownNeeds() {
		return new int[] { confidentiality, integrity, availability, authenticity };
	}

	public int[] effectiveNeeds() {
		return new int[] { effConfidentiality, effIntegrity, effAvailability, effAuthenticity };
	}

	public UUID[] sources() {
		return new UUID[] { confidentialitySource, integritySource, availabilitySource, authenticitySource };
	}

	/** Sets the effective needs; returns whether anything changed. */
	public boolean applyEffective(int[] levels, UUID[] from) {
		boolean changed = !java.util.Arrays.equals(levels, effectiveNeeds())
				|| !java.util.Arrays.equals(from, sources());
		if (changed) {
			effConfidentiality = levels[0];
			effIntegrity = levels[1];
			effAvailability = levels[2];
			effAuthenticity = levels[3];
			confidentialitySource = from[0];
			integritySource = from[1];
			availabilitySource = from[2];
			authenticitySource = from[3];
			protectionLevel = Math.max(Math.max(levels[0], levels[1]), Math.max(levels[2], levels[3]));
		}
		return changed;
	}

	public UUID getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public AssetType getType() {
		return type;
	}

	public String getDescription() {
		return description;
	}

	public UUID getOwnerId() {
		return ownerId;
	}

	public String getClassification() {
		return classification;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
