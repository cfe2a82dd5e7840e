package dev.ordo.implementation.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import dev.ordo.implementation.AppliedControlRequest;
import dev.ordo.implementation.AppliedControlView;
import dev.ordo.implementation.ImplementationStatus;

/** The create and edit form of an applied control. */
public class AppliedControlForm {

	private String catalog = "iso27001-2022";

	private String controlId;

	private ImplementationStatus status = ImplementationStatus.PLANNED;

	private String justification;

	private UUID ownerId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	private String notes;

	/** The version an edit was opened on: saving it after someone else's change is refused; none when creating. */
	private Long version;

	static AppliedControlForm of(AppliedControlView c) {
		AppliedControlForm form = new AppliedControlForm();
		form.version = c.version();
		form.catalog = c.catalogId();
		form.controlId = c.controlId();
		form.status = c.status();
		form.justification = c.justification();
		form.ownerId = c.owner() == null ? null : c.owner().userId();
		form.dueDate = c.dueDate();
		form.notes = c.notes();
		return form;
	}

	AppliedControlRequest toRequest() {
		return new AppliedControlRequest(catalog, controlId, status, justification, ownerId,
				dueDate == null ? null : dueDate.toString(), notes);
	}

	public String getCatalog() {
		return catalog;
	}

	public void setCatalog(String catalog) {
		this.catalog = catalog;
	}

	public String getControlId() {
		return controlId;
	}

	public void setControlId(String controlId) {
		this.controlId = controlId;
	}

	public ImplementationStatus getStatus() {
		return status;
	}

	public void setStatus(ImplementationStatus status) {
		this.status = status;
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

	public LocalDate getDueDate() {
		return dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
