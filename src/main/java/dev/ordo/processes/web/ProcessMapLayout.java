package dev.ordo.processes.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.ordo.processes.ProcessCategory;
import dev.ordo.processes.ProcessGraph;
import dev.ordo.processes.ProcessInteraction;

/**
 * Lays out the process map the way the standard draws it: the management process on top, the core processes in the
 * middle, the support processes below, participants outside the model at the edges; every interaction is an arrow
 * labelled with the artefact that flows.
 */
final class ProcessMapLayout {

	static final int WIDTH = 1240;

	static final int HEIGHT = 760;

	static final int NODE_W = 215;

	static final int NODE_H = 58;

	private static final int[] COLUMNS = { 40, 310, 580, 850 };

	/** Grid positions (column, row) of the core processes, in clause order. */
	private static final String[] CORE_ORDER = { "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "7.8", "7.9", "7.10", "7.11",
			"7.12", "7.13" };

	private static final String[] SUPPORT_ORDER = { "8.2", "8.3", "8.4", "8.5" };

	record Band(String label, int x, int y, int width, int height, String css) {
	}

	record Node(String id, String key, String clause, String name, String fullName, int x, int y, int width,
			int height, String css, boolean applicable, String owner, String href) {

		double cx() {
			return x + width / 2.0;
		}

		double cy() {
			return y + height / 2.0;
		}
	}

	record Edge(String from, String to, String path, long labelX, long labelY, String label, String artefact,
			boolean inferred) {
	}

	record Map_(List<Band> bands, List<Node> nodes, List<Edge> edges, int width, int height) {
	}

	private ProcessMapLayout() {
	}

	static Map_ layout(ProcessGraph graph) {
		Map<String, int[]> positions = positions();
		List<Node> nodes = new ArrayList<>();
		Map<String, Node> byId = new HashMap<>();
		for (ProcessGraph.Node n : graph.nodes()) {
			int[] p = positions.get(n.id());
			if (p == null) {
				continue;
			}
			boolean process = n.category() != null;
			String css = process ? n.category().name().toLowerCase(Locale.ROOT) : "participant";
			boolean applicable = !process || !Boolean.FALSE.equals(n.applicable());
			String shortName = n.shortName();
			Node node = new Node(n.id(), n.key(), process ? n.id() : "", shortName, n.name(), p[0], p[1], p[2], NODE_H,
					css, applicable, n.owner() == null ? null : n.owner().displayName(),
					process ? "/processes/" + n.key() : null);
			nodes.add(node);
			byId.put(n.id(), node);
		}
		Map<String, Integer> pairCount = new HashMap<>();
		List<Edge> edges = new ArrayList<>();
		for (ProcessInteraction i : graph.edges()) {
			Node from = byId.get(i.from());
			Node to = byId.get(i.to());
			if (from == null || to == null) {
				continue;
			}
			String pair = i.from() + ">" + i.to();
			int nth = pairCount.merge(pair, 1, Integer::sum) - 1;
			edges.add(edge(from, to, i, nth));
		}
		List<Band> bands = List.of(
				new Band(ProcessCategory.MANAGEMENT.label(), 20, 20, 1065, 100, "management"),
				new Band(ProcessCategory.CORE.label(), 20, 150, 1065, 360, "core"),
				new Band(ProcessCategory.SUPPORT.label(), 20, 540, 1065, 100, "support"));
		return new Map_(bands, nodes, edges, WIDTH, HEIGHT);
	}

	private static Map<String, int[]> positions() {
		Map<String, int[]> positions = new HashMap<>();
		positions.put("6.2", new int[] { 445, 44, NODE_W });
		positions.put("external:interested-parties", new int[] { 40, 44, 180 });
		positions.put("external:top-management", new int[] { 850, 44, NODE_W });
		for (int i = 0; i < CORE_ORDER.length; i++) {
			positions.put(CORE_ORDER[i], new int[] { COLUMNS[i % 4], 190 + (i / 4) * 110, NODE_W });
		}
		for (int i = 0; i < SUPPORT_ORDER.length; i++) {
			positions.put(SUPPORT_ORDER[i], new int[] { COLUMNS[i], 562, NODE_W });
		}
		positions.put("*core", new int[] { 1100, 300, 130 });
		positions.put("*", new int[] { 432, 680, 240 });
		return positions;
	}

	private static Edge edge(Node from, Node to, ProcessInteraction i, int nth) {
		double[] start = boundary(from, to.cx(), to.cy());
		double[] end = boundary(to, from.cx(), from.cy());
		double dx = end[0] - start[0];
		double dy = end[1] - start[1];
		double length = Math.max(1, Math.hypot(dx, dy));
		// Bend every arrow to its left: the two directions between a pair stay apart, and long arrows arc around
		// the boxes between their ends.
		double bend = 18 + nth * 14 + (length > 300 ? length * 0.12 : 0);
		double nx = -dy / length;
		double ny = dx / length;
		double cx = (start[0] + end[0]) / 2 + nx * bend;
		double cy = (start[1] + end[1]) / 2 + ny * bend;
		String path = String.format(Locale.ROOT, "M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f", start[0], start[1], cx, cy, end[0],
				end[1]);
		double lx = 0.25 * start[0] + 0.5 * cx + 0.25 * end[0];
		double ly = 0.25 * start[1] + 0.5 * cy + 0.25 * end[1];
		return new Edge(i.from(), i.to(), path, Math.round(lx), Math.round(ly), label(i.artefact()), i.artefact(),
				i.inferred());
	}

	/** Where the line from the node's centre towards (tx, ty) leaves the node's box. */
	private static double[] boundary(Node node, double tx, double ty) {
		double cx = node.cx();
		double cy = node.cy();
		double dx = tx - cx;
		double dy = ty - cy;
		if (dx == 0 && dy == 0) {
			return new double[] { cx, cy };
		}
		double sx = dx == 0 ? Double.MAX_VALUE : (node.width() / 2.0) / Math.abs(dx);
		double sy = dy == 0 ? Double.MAX_VALUE : (node.height() / 2.0) / Math.abs(dy);
		double s = Math.min(sx, sy);
		return new double[] { cx + dx * s, cy + dy * s };
	}

	/** The artefact's first phrase, short enough to sit on an arrow. */
	static String label(String artefact) {
		String first = artefact.split("[;:(]")[0].trim();
		return first.length() <= 42 ? first : first.substring(0, 40).trim() + "…";
	}
}
