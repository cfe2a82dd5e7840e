package dev.ordo.processes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.ordo.processes.ProcessTailoringView;
import dev.ordo.processes.TailoringRequest;

/** The tailoring form of the process page. */
public class TailoringForm {

	private Boolean applicable = Boolean.TRUE;

	private String justification;

	private UUID ownerId;

	private List<UUID> deputyIds = new ArrayList<>();

	private Integer targetLevel;

	private String notes;

	private String reason;

	static TailoringForm of(ProcessTailoringView current) {
		TailoringForm form = new TailoringForm();
		form.applicable = current.applicable();
		form.justification = current.justification();
		form.ownerId = current.owner() == null ? null : current.owner().userId();
		form.deputyIds = new ArrayList<>(current.deputies().stream().map(d -> d.userId()).toList());
		form.targetLevel = current.targetLevel();
		form.notes = current.notes();
		return form;
	}

	TailoringRequest toRequest() {
		return new TailoringRequest(applicable, justification, ownerId, deputyIds, targetLevel, notes, reason);
	}

	public Boolean getApplicable() {
		return applicable;
	}

	public void setApplicable(Boolean applicable) {
		this.applicable = applicable;
	}

	public String getJustification() {
		return justification;
	}

	public void setJustification(String justification) {
		this.justification = justification;
	}

	public UUID getOwnerId() {
		return ownerId;
	}

	public void setOwnerId(UUID ownerId) {
		this.ownerId = ownerId;
	}

	public List<UUID> getDeputyIds() {
		return deputyIds;
	}

	public void setDeputyIds(List<UUID> deputyIds) {
		this.deputyIds = deputyIds == null ? new ArrayList<>() : deputyIds;
	}

	public Integer getTargetLevel() {
		return targetLevel;
	}

	public void setTargetLevel(Integer targetLevel) {
		this.targetLevel = targetLevel;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
