package org.sanhe.gis.roads;

import com.graphhopper.coll.MinHeapWithUpdate;
import java.util.Arrays;

/**
 * One thread's reusable state for reverse Dijkstra searches over an {@link EdgeTable}: for each junction, the least
 * weight (and its time and length) of driving from it to the search's start, found in order of weight. Junctions can
 * be {@link #need needed} by tagged origins: as each needed junction is settled its tags are handed to the
 * {@link Origins}, and the search ends once every needed junction is settled, or once the next junction weighs at
 * least the {@link Origins#bound bound} the origins give (no origin can do better through it), or at a time limit.
 * Arrays sized to the graph are allocated once per thread and marked per search with a stamp, so a search costs only
 * the junctions it settles. Not thread-safe: one search at a time, on the thread that owns it.
 */
final class ReverseTree {

    /** What the search serves: told of each needed junction as it is settled, and how far it still needs to go. */
    interface Origins {
        /** The junction is settled (its weight, time and length are final) and origin {@code tag} needed it. */
        void settled(ReverseTree tree, int junction, int tag);

        /** A weight past which no origin's drive can improve, or infinity. */
        double bound();
    }

    private final EdgeTable table;
    private final double[] weight;
    private final double[] millis;
    private final double[] meters;
    private final int[] seen;
    private final int[] settled;
    private final int[] needed;
    private final int[] firstTag;
    private int[] tags = new int[64];
    private int[] nextTag = new int[64];
    private int tagCount;
    private final MinHeapWithUpdate heap;
    private int stamp;
    private int pending;
    private double limitMillis;

    ReverseTree(EdgeTable table) {
        this.table = table;
        int n = table.junctions;
        weight = new double[n];
        millis = new double[n];
        meters = new double[n];
        seen = new int[n];
        settled = new int[n];
        needed = new int[n];
        firstTag = new int[n];
        heap = new MinHeapWithUpdate(n);
    }

    /** Forgets the previous search; junctions whose time exceeds {@code limitMillis} will not be settled. */
    void start(double limitMillis) {
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            Arrays.fill(settled, 0);
            Arrays.fill(needed, 0);
            stamp = 0;
        }
        stamp++;
        heap.clear();
        pending = 0;
        tagCount = 0;
        this.limitMillis = limitMillis;
    }

    /** A junction from which the start is {@code w} (time, length) away without the graph, e.g. along a part-edge. */
    void seed(int junction, double w, double ms, double m) {
        reach(junction, w, ms, m);
    }

    /** Origin {@code tag} needs this junction: the search may not end on its own before it is settled. */
    void need(int junction, int tag) {
        if (needed[junction] != stamp) {
            needed[junction] = stamp;
            firstTag[junction] = -1;
            pending++;
        }
        if (tagCount == tags.length) {
            tags = Arrays.copyOf(tags, 2 * tagCount);
            nextTag = Arrays.copyOf(nextTag, 2 * tagCount);
        }
        tags[tagCount] = tag;
        nextTag[tagCount] = firstTag[junction];
        firstTag[junction] = tagCount++;
    }

    /** Settles junctions in order of weight until every needed one is settled, or the bound or the limit is passed. */
    void run(Origins origins) {
        while (pending > 0 && !heap.isEmpty()) {
            int v = heap.peekId();
            if (millis[v] > limitMillis || weight[v] >= origins.bound()) {
                return;
            }
            heap.poll();
            settled[v] = stamp;
            if (needed[v] == stamp) {
                pending--;
                for (int t = firstTag[v]; t >= 0; t = nextTag[t]) {
                    origins.settled(this, v, tags[t]);
                }
            }
            for (int i = table.inStart[v]; i < table.inStart[v + 1]; i++) {
                reach(table.inFrom[i], weight[v] + table.inWeight[i], millis[v] + table.inMillis[i],
                        meters[v] + table.inLength[i]);
            }
        }
    }

    double weight(int junction) {
        return weight[junction];
    }

    double millis(int junction) {
        return millis[junction];
    }

    double meters(int junction) {
        return meters[junction];
    }

    private void reach(int junction, double w, double ms, double m) {
        if (seen[junction] != stamp) {
            seen[junction] = stamp;
            set(junction, w, ms, m);
            heap.push(junction, (float) w);
        } else if (w < weight[junction] && settled[junction] != stamp) {
            set(junction, w, ms, m);
            heap.update(junction, (float) w);
        }
    }

    private void set(int junction, double w, double ms, double m) {
        weight[junction] = w;
        millis[junction] = ms;
        meters[junction] = m;
    }
}
