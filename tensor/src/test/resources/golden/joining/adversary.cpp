// McIlroy's "A Killer Adversary for Quicksort" (1999) run against libstdc++'s std::sort and
// std::nth_element: prints inputs that drive them past introsort's depth limit, so the heapsort /
// heap-select fallbacks are exercised. Used by gen_joining.py; build: g++ -O2 adversary.cpp
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

static std::vector<int> val;
static int gas, nsolid, candidate;
static long ncmp;

static bool less_than(int x, int y) {
    ncmp++;
    if (val[x] == gas && val[y] == gas) {
        if (x == candidate) val[x] = nsolid++;
        else val[y] = nsolid++;
    }
    if (val[x] == gas) candidate = x;
    else if (val[y] == gas) candidate = y;
    return val[x] < val[y];
}

// mode 0: std::sort; mode 1: std::nth_element at position k
static void adversary(int n, int mode, int k) {
    val.assign(n, n - 1);
    gas = n - 1;
    nsolid = 0;
    candidate = 0;
    ncmp = 0;
    std::vector<int> ptr(n);
    for (int i = 0; i < n; i++) ptr[i] = i;
    if (mode == 0) std::sort(ptr.begin(), ptr.end(), less_than);
    else std::nth_element(ptr.begin(), ptr.begin() + k, ptr.end(), less_than);
    std::printf("%d %d %d %ld", mode, n, k, ncmp);
    for (int i = 0; i < n; i++) std::printf(" %d", val[i]);
    std::printf("\n");
}

int main() {
    adversary(64, 0, 0);
    adversary(300, 0, 0);
    adversary(1500, 0, 0);
    adversary(300, 1, 99);
    adversary(1000, 1, 499);
    return 0;
}
