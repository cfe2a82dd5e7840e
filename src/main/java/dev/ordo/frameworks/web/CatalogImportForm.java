package dev.ordo.frameworks.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * The form that imports an OSCAL catalog or profile; kept when the import is refused so the typed key stays and each
 * message shows next to its field.
 */
public class CatalogImportForm {

	private MultipartFile file;

	private MultipartFile catalogFile;

	private String key;

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public MultipartFile getCatalogFile() {
		return catalogFile;
	}

	public void setCatalogFile(MultipartFile catalogFile) {
		this.catalogFile = catalogFile;
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}
}
