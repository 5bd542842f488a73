package torch4j.backend.cpu;

/**
 * The selection and sorting algorithms PyTorch 1.13's CPU kernels call, reimplemented step for
 * step so that ties come out in the same order: libstdc++'s (GCC 12) {@code std::sort}
 * (introsort: median-of-three pivot, unguarded partition, heapsort below the depth limit, final
 * insertion sort over runs of 16), {@code std::nth_element} (introselect),
 * {@code std::partial_sort} (heap select + sort heap), a stable merge sort for
 * {@code stable=True} (any stable sort gives the one stable order), and TH's Sedgewick
 * quickselect that {@code kthvalue} uses.
 *
 * <p>Elements are (key, payload) pairs held in two parallel arrays; only keys are compared, with
 * {@code <}. Callers encode values so that this order is PyTorch's comparator (NaN largest, -0.0
 * equal to 0.0, descending by complementing keys), and carry the original position as payload.
 */
final class StdSort {
    private StdSort() {}

    /** libstdc++'s {@code _S_threshold}. */
    private static final int THRESHOLD = 16;

    /** {@code std::__lg}: floor(log2(n)) for n > 0. */
    private static int lg(int n) { return 31 - Integer.numberOfLeadingZeros(n); }

    private static void swap(long[] k, long[] v, int a, int b) {
        long tk = k[a]; k[a] = k[b]; k[b] = tk;
        long tv = v[a]; v[a] = v[b]; v[b] = tv;
    }

    // ---------------------------------------------------------------- std::sort

    /** {@code std::sort(first, last)}: unstable, exactly libstdc++'s order of moves. */
    static void sort(long[] k, long[] v, int first, int last) {
        if (first == last) return;
        introsortLoop(k, v, first, last, lg(last - first) * 2);
        finalInsertionSort(k, v, first, last);
    }

    private static void introsortLoop(long[] k, long[] v, int first, int last, int depthLimit) {
        while (last - first > THRESHOLD) {
            if (depthLimit == 0) {
                partialSort(k, v, first, last, last);
                return;
            }
            depthLimit--;
            int cut = unguardedPartitionPivot(k, v, first, last);
            introsortLoop(k, v, cut, last, depthLimit);
            last = cut;
        }
    }

    private static int unguardedPartitionPivot(long[] k, long[] v, int first, int last) {
        int mid = first + (last - first) / 2;
        moveMedianToFirst(k, v, first, first + 1, mid, last - 1);
        return unguardedPartition(k, v, first + 1, last, first);
    }

    private static void moveMedianToFirst(long[] k, long[] v, int result, int a, int b, int c) {
        if (k[a] < k[b]) {
            if (k[b] < k[c]) swap(k, v, result, b);
            else if (k[a] < k[c]) swap(k, v, result, c);
            else swap(k, v, result, a);
        } else if (k[a] < k[c]) swap(k, v, result, a);
        else if (k[b] < k[c]) swap(k, v, result, c);
        else swap(k, v, result, b);
    }

    private static int unguardedPartition(long[] k, long[] v, int first, int last, int pivot) {
        long p = k[pivot];   // the pivot slot is never moved while partitioning
        while (true) {
            while (k[first] < p) first++;
            last--;
            while (p < k[last]) last--;
            if (!(first < last)) return first;
            swap(k, v, first, last);
            first++;
        }
    }

    private static void finalInsertionSort(long[] k, long[] v, int first, int last) {
        if (last - first > THRESHOLD) {
            insertionSort(k, v, first, first + THRESHOLD);
            for (int i = first + THRESHOLD; i != last; i++) unguardedLinearInsert(k, v, i);
        } else insertionSort(k, v, first, last);
    }

    private static void insertionSort(long[] k, long[] v, int first, int last) {
        if (first == last) return;
        for (int i = first + 1; i != last; i++) {
            if (k[i] < k[first]) {
                long tk = k[i], tv = v[i];
                System.arraycopy(k, first, k, first + 1, i - first);
                System.arraycopy(v, first, v, first + 1, i - first);
                k[first] = tk;
                v[first] = tv;
            } else unguardedLinearInsert(k, v, i);
        }
    }

    private static void unguardedLinearInsert(long[] k, long[] v, int last) {
        long tk = k[last], tv = v[last];
        int next = last - 1;
        while (tk < k[next]) {
            k[last] = k[next];
            v[last] = v[next];
            last = next;
            next--;
        }
        k[last] = tk;
        v[last] = tv;
    }

    // ---------------------------------------------------------------- heaps, std::partial_sort

    /** {@code std::partial_sort(first, middle, last)}: the smallest {@code middle-first} in order. */
    static void partialSort(long[] k, long[] v, int first, int middle, int last) {
        heapSelect(k, v, first, middle, last);
        for (int end = middle; end - first > 1; ) {
            end--;
            popHeap(k, v, first, end, end);
        }
    }

    private static void heapSelect(long[] k, long[] v, int first, int middle, int last) {
        makeHeap(k, v, first, middle);
        for (int i = middle; i < last; i++)
            if (k[i] < k[first]) popHeap(k, v, first, middle, i);
    }

    private static void makeHeap(long[] k, long[] v, int first, int last) {
        int len = last - first;
        if (len < 2) return;
        for (int parent = (len - 2) / 2; ; parent--) {
            adjustHeap(k, v, first, parent, len, k[first + parent], v[first + parent]);
            if (parent == 0) return;
        }
    }

    private static void popHeap(long[] k, long[] v, int first, int last, int result) {
        long tk = k[result], tv = v[result];
        k[result] = k[first];
        v[result] = v[first];
        adjustHeap(k, v, first, 0, last - first, tk, tv);
    }

    private static void adjustHeap(long[] k, long[] v, int first, int hole, int len, long valK, long valV) {
        int top = hole, child = hole;
        while (child < (len - 1) / 2) {
            child = 2 * (child + 1);
            if (k[first + child] < k[first + child - 1]) child--;
            k[first + hole] = k[first + child];
            v[first + hole] = v[first + child];
            hole = child;
        }
        if ((len & 1) == 0 && child == (len - 2) / 2) {
            child = 2 * (child + 1);
            k[first + hole] = k[first + child - 1];
            v[first + hole] = v[first + child - 1];
            hole = child - 1;
        }
        // __push_heap
        int parent = (hole - 1) / 2;
        while (hole > top && k[first + parent] < valK) {
            k[first + hole] = k[first + parent];
            v[first + hole] = v[first + parent];
            hole = parent;
            parent = (hole - 1) / 2;
        }
        k[first + hole] = valK;
        v[first + hole] = valV;
    }

    // ---------------------------------------------------------------- std::nth_element

    /** {@code std::nth_element(first, nth, last)}: the element that sorts to {@code nth} lands there. */
    static void nthElement(long[] k, long[] v, int first, int nth, int last) {
        if (first == last || nth == last) return;
        int depthLimit = lg(last - first) * 2;
        while (last - first > 3) {
            if (depthLimit == 0) {
                heapSelect(k, v, first, nth + 1, last);
                swap(k, v, first, nth);
                return;
            }
            depthLimit--;
            int cut = unguardedPartitionPivot(k, v, first, last);
            if (cut <= nth) first = cut;
            else last = cut;
        }
        insertionSort(k, v, first, last);
    }

    // ---------------------------------------------------------------- stable

    /** A stable sort of [0, n) (top-down merge sort); {@code tk}, {@code tv} are scratch of length n. */
    static void stableSort(long[] k, long[] v, int n, long[] tk, long[] tv) {
        System.arraycopy(k, 0, tk, 0, n);
        System.arraycopy(v, 0, tv, 0, n);
        mergeSort(tk, tv, k, v, 0, n);
    }

    /** Sorts src[lo, hi) into dst[lo, hi); on entry both hold the same elements there. */
    private static void mergeSort(long[] sk, long[] sv, long[] dk, long[] dv, int lo, int hi) {
        if (hi - lo <= THRESHOLD) {
            for (int i = lo + 1; i < hi; i++) {   // stable insertion sort in dst
                long tk = dk[i], tv = dv[i];
                int j = i;
                for (; j > lo && tk < dk[j - 1]; j--) { dk[j] = dk[j - 1]; dv[j] = dv[j - 1]; }
                dk[j] = tk;
                dv[j] = tv;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(dk, dv, sk, sv, lo, mid);
        mergeSort(dk, dv, sk, sv, mid, hi);
        for (int i = lo, a = lo, b = mid; i < hi; i++) {
            if (b >= hi || (a < mid && sk[b] >= sk[a])) { dk[i] = sk[a]; dv[i] = sv[a++]; }
            else { dk[i] = sk[b]; dv[i] = sv[b++]; }
        }
    }

    // ---------------------------------------------------------------- TH quickselect (kthvalue)

    /**
     * TH's quick_select_template (Sedgewick's median-of-three partitioning) over [0, n): afterwards
     * position {@code kth} holds the element that sorts there, as PyTorch's kthvalue picks it.
     */
    static void quickSelect(long[] k, long[] v, int n, int kth) {
        int left = 0, right = n - 1;
        while (true) {
            if (right <= left) return;
            if (right == left + 1) {
                if (k[left] > k[right]) swap(k, v, left, right);
                return;
            }
            int p = (left + right) >>> 1;
            swap(k, v, p, left + 1);
            if (k[left + 1] > k[right]) swap(k, v, left + 1, right);
            if (k[left] > k[right]) swap(k, v, left, right);
            if (k[left + 1] > k[left]) swap(k, v, left + 1, left);
            int i = left + 1, j = right;
            long piv = k[left];
            while (true) {
                do i++; while (piv > k[i]);
                do j--; while (k[j] > piv);
                if (j < i) break;
                swap(k, v, i, j);
            }
            swap(k, v, left, j);
            if (j <= kth) left = i;
            if (j >= kth) right = j - 1;
        }
    }
}
