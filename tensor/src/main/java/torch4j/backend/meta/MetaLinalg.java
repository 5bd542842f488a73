package torch4j.backend.meta;

import torch4j.backend.LinalgPrimitives;
import torch4j.storage.Storage;

/**
 * Matrix products and factorizations on meta tensors: the op layer has made the outputs'
 * metadata (shapes, dtypes); there is nothing to compute, and every factorization "succeeds"
 * (info stays 0), as PyTorch's meta kernels do not look at values.
 */
final class MetaLinalg implements LinalgPrimitives {
    @Override
    public void gemm(int batch, int m, int n, int k, double alpha, Matrix a, Matrix b, double beta, Matrix c) {}

    @Override public void luFactor(int batch, int m, int n, Storage a, long offset, int[] pivots, int[] info) {}

    @Override public void luSolve(int batch, int n, int nrhs, Storage lu, long luOffset, int[] pivots, Storage b, long bOffset) {}

    @Override public void cholesky(int batch, int n, boolean upper, Storage a, long offset, int[] info) {}

    @Override public void qr(int batch, int m, int n, Storage a, long offset, Storage q, long qOffset, int qCols) {}

    @Override
    public void svd(int batch, int m, int n, Storage a, long offset, boolean full, boolean computeUV, Storage s, Storage u, Storage vt,
                    int[] info) {}

    @Override public void eigh(int batch, int n, boolean upper, boolean vectors, Storage a, long offset, Storage w, int[] info) {}
}
