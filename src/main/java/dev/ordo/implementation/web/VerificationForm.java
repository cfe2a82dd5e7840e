package dev.ordo.implementation.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import dev.ordo.implementation.VerificationRequest;
import dev.ordo.implementation.VerificationResult;

/** The record-verification form of the applied control page. */
public class VerificationForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate verifiedOn;

	private VerificationResult result = VerificationResult.EFFECTIVE;

	private String notes;

	VerificationRequest toRequest() {
		return new VerificationRequest(verifiedOn == null ? null : verifiedOn.toString(), result, notes);
	}

	public LocalDate getVerifiedOn() {
		return verifiedOn;
	}

	public void setVerifiedOn(LocalDate verifiedOn) {
		this.verifiedOn = verifiedOn;
	}

	public VerificationResult getResult() {
		return result;
	}

	public void setResult(VerificationResult result) {
		this.result = result;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}
}
