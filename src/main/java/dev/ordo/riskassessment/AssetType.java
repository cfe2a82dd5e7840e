package dev.ordo.riskassessment;

/** Kinds of assets (ISO/IEC 27005: primary assets are information and business processes, the rest support them). */
public enum AssetType {
	INFORMATION("Information"), SOFTWARE("Software"), HARDWARE("Hardware"), SERVICE("Service"), PEOPLE("People"),
	SITE("Site"), BUSINESS_PROCESS("Business process");

	private final String label;

	AssetType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
