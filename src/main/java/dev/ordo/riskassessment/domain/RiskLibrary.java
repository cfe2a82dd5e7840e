package dev.ordo.riskassessment.domain;

import static dev.ordo.riskassessment.AssetType.BUSINESS_PROCESS;
import static dev.ordo.riskassessment.AssetType.HARDWARE;
import static dev.ordo.riskassessment.AssetType.INFORMATION;
import static dev.ordo.riskassessment.AssetType.PEOPLE;
import static dev.ordo.riskassessment.AssetType.SERVICE;
import static dev.ordo.riskassessment.AssetType.SITE;
import static dev.ordo.riskassessment.AssetType.SOFTWARE;

import java.util.List;
import java.util.Optional;

import dev.ordo.riskassessment.LibraryEntry;

/**
 * Ordo's starter library of threats and vulnerabilities for asset-based risk identification, written for Ordo in
 * the style of the examples of ISO/IEC 27005 (kinds of threat sources and weaknesses), not taken from any standard.
 * Keys are stable: risks refer to them.
 */
public final class RiskLibrary {

	private RiskLibrary() {
	}

	public static final List<LibraryEntry> THREATS = List.of(
			t("T-FIRE", "Fire or water damage", "Physical", "Fire, flooding or leaking water destroys or disables equipment and media.", HARDWARE, SITE),
			t("T-POWER", "Loss of power or cooling", "Physical", "Electricity, air conditioning or other utilities fail for longer than the equipment can bridge.", HARDWARE, SITE, SERVICE),
			t("T-THEFT", "Theft of equipment or media", "Physical", "Devices, storage media or paper records are taken, on site or while travelling.", HARDWARE, INFORMATION, SITE),
			t("T-HWFAIL", "Hardware failure", "Technical", "A component wears out or breaks, and the system stops or corrupts data.", HARDWARE),
			t("T-SWFAIL", "Software malfunction", "Technical", "A defect or a faulty update makes software behave wrongly or stop.", SOFTWARE, SERVICE),
			t("T-MALWARE", "Malicious software", "Deliberate", "Ransomware, spyware or other malicious code runs on the organization's systems.", SOFTWARE, HARDWARE, INFORMATION),
			t("T-PHISH", "Phishing and social engineering", "Deliberate", "Someone tricks staff into revealing credentials, paying false invoices or opening malicious content.", PEOPLE, INFORMATION),
			t("T-INTRUSION", "Intrusion by an external attacker", "Deliberate", "An attacker gains access to systems or accounts through a weakness exposed to the outside.", SOFTWARE, SERVICE, INFORMATION),
			t("T-INSIDER", "Misuse by an insider", "Deliberate", "A person with legitimate access uses it to read, change or take information beyond their task.", INFORMATION, PEOPLE, SOFTWARE),
			t("T-ERROR", "Human error", "Accidental", "Staff delete, send, publish or configure something by mistake.", INFORMATION, SOFTWARE, PEOPLE, BUSINESS_PROCESS),
			t("T-SUPPLIER", "Supplier failure", "Organizational", "A provider stops, degrades or changes its service, or is itself compromised.", SERVICE, SOFTWARE, BUSINESS_PROCESS),
			t("T-DOS", "Denial of service", "Deliberate", "An attacker floods a service so that legitimate users cannot reach it.", SERVICE, SOFTWARE),
			t("T-STAFFLOSS", "Loss of key people", "Organizational", "People with rare knowledge leave, fall ill or are unavailable when needed.", PEOPLE, BUSINESS_PROCESS),
			t("T-LEGAL", "Breach of legal or contractual duties", "Organizational", "Processing does not meet a law, regulation or contract, leading to sanctions or claims.", INFORMATION, BUSINESS_PROCESS),
			t("T-EAVESDROP", "Interception of communication", "Deliberate", "Someone reads or alters data while it travels over networks or by post.", INFORMATION, SERVICE));

	public static final List<LibraryEntry> VULNERABILITIES = List.of(
			t("V-PATCH", "Missing security updates", "Technical", "Known flaws stay open because updates are applied late or not at all.", SOFTWARE, HARDWARE),
			t("V-AUTH", "Weak authentication", "Technical", "Passwords alone, shared accounts or default credentials protect access.", SOFTWARE, SERVICE),
			t("V-RIGHTS", "Excessive access rights", "Organizational", "People keep rights they no longer need, or get more than their task requires.", INFORMATION, SOFTWARE),
			t("V-BACKUP", "No tested backup", "Technical", "Backups are missing, incomplete or never restored to prove they work.", INFORMATION, SOFTWARE, HARDWARE),
			t("V-SPOF", "Single point of failure", "Technical", "One component, site or provider has no redundancy or fallback.", HARDWARE, SERVICE, SITE),
			t("V-AWARE", "Lack of awareness", "People", "Staff do not recognise attacks or do not know the rules that apply.", PEOPLE),
			t("V-DOC", "Undocumented procedures", "Organizational", "How a task is done lives only in people's heads.", BUSINESS_PROCESS, PEOPLE),
			t("V-ENCRYPT", "Unencrypted data", "Technical", "Data at rest or in transit can be read by whoever gets hold of it.", INFORMATION, HARDWARE),
			t("V-LOG", "Insufficient logging and monitoring", "Technical", "Events are not recorded or nobody looks at them, so misuse goes unnoticed.", SOFTWARE, SERVICE),
			t("V-CONFIG", "Insecure configuration", "Technical", "Unneeded services, open ports or permissive settings are left enabled.", SOFTWARE, HARDWARE, SERVICE),
			t("V-PHYS", "Weak physical protection", "Physical", "Rooms, racks or devices can be reached by people who have no business there.", SITE, HARDWARE),
			t("V-CONTRACT", "Weak supplier agreements", "Organizational", "Contracts do not fix security duties, service levels or exit plans.", SERVICE, BUSINESS_PROCESS),
			t("V-SUPPORT", "Unsupported technology", "Technical", "Hardware or software no longer receives fixes from its maker.", SOFTWARE, HARDWARE),
			t("V-DEPUTY", "No deputy for a key role", "People", "Nobody else can step in when a person with critical knowledge is absent.", PEOPLE, BUSINESS_PROCESS),
			t("V-CLASSIFY", "Unclassified information", "Organizational", "Information is not labelled, so people cannot tell how to handle it.", INFORMATION));

	public static Optional<LibraryEntry> threat(String key) {
		return find(THREATS, key);
	}

	public static Optional<LibraryEntry> vulnerability(String key) {
		return find(VULNERABILITIES, key);
	}

	private static Optional<LibraryEntry> find(List<LibraryEntry> entries, String key) {
		return key == null ? Optional.empty() : entries.stream().filter(e -> e.key().equals(key)).findFirst();
	}

	private static LibraryEntry t(String key, String name, String category, String description,
			dev.ordo.riskassessment.AssetType... types) {
		return new LibraryEntry(key, name, category, description, List.of(types));
	}
}
