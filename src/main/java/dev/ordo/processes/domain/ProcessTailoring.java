package dev.ordo.processes.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.ordo.platform.persistence.OrganizationOwned;

/**
 * The effective tailoring of one process in one organization. It only changes by applying an approved
 * {@link TailoringChange}; until the first one, the catalog defaults apply and no row exists.
 */
@Entity
@Table(name = "process_tailoring")
public class ProcessTailoring extends OrganizationOwned {

	/** Target capability level until an organization decides otherwise (ISO/IEC 33020 level 1, performed). */
	public static final int DEFAULT_TARGET_LEVEL = 1;

	@Id
	private UUID id;

	private String processKey;

	private boolean applicable = true;

	private String justification;

	private UUID ownerId;

	private String deputyIds;

	private int targetLevel = DEFAULT_TARGET_LEVEL;

	private String notes;

	private Instant effectiveSince;

	private UUID approvedBy;

	private UUID changeId;

	@Version
	private long version;

	protected ProcessTailoring() {
	}

	public ProcessTailoring(String processKey) {
		this.id = UUID.randomUUID();
		this.processKey = processKey;
	}

	/** Makes an approved change effective. */
	public void apply(TailoringChange change, UUID approver, Instant now) {
		this.applicable = change.isApplicable();
		this.justification = change.getJustification();
		this.ownerId = change.getOwnerId();
		this.deputyIds = join(change.deputies());
		this.targetLevel = change.getTargetLevel();
		this.notes = change.getNotes();
		this.effectiveSince = now;
		this.approvedBy = approver;
		this.changeId = change.getId();
	}

	static String join(List<UUID> ids) {
		return ids == null || ids.isEmpty() ? null : ids.stream().map(UUID::toString).collect(Collectors.joining(","));
	}

	static List<UUID> split(String ids) {
		if (ids == null || ids.isBlank()) {
			return List.of();
		}
		return new ArrayList<>(Arrays.stream(ids.split(",")).map(UUID::fromString).toList());
	}

	public String getProcessKey() {
		return processKey;
	}

	public boolean isApplicable() {
		return applicable;
	}

	public String getJustification() {
		return justification;
	}

	public UUID getOwnerId() {
		return ownerId;
	}

	public List<UUID> deputies() {
		return split(deputyIds);
	}

	public int getTargetLevel() {
		return targetLevel;
	}

	public String getNotes() {
		return notes;
	}

	public Instant getEffectiveSince() {
		return effectiveSince;
	}

	public UUID getApprovedBy() {
		return approvedBy;
	}

	public UUID getChangeId() {
		return changeId;
	}
}
