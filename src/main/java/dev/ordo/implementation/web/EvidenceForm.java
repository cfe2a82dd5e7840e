package dev.ordo.implementation.web;

import dev.ordo.implementation.EvidenceRequest;

/** The add-evidence form of the applied control page. */
public class EvidenceForm {

	private String url;

	private String description;

	EvidenceRequest toRequest() {
		return new EvidenceRequest(url, description);
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}
}
