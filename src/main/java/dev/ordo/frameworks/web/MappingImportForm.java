package dev.ordo.frameworks.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * The form that imports NIST's SP 800-53 → ISO/IEC 27001 crosswalk; kept when the import is refused so the chosen
 * catalog stays selected and each message shows next to its field.
 */
public class MappingImportForm {

	private MultipartFile file;

	private String source;

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}
}
