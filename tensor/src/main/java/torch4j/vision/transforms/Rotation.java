package torch4j.vision.transforms;

import torch4j.DType;
import torch4j.Tensor;

/**
 * {@code rotate} on tensors as torchvision 0.14: the inverse affine matrix, the output size for
 * {@code expand}, the sampling grid of {@code _gen_affine_grid} and ATen's
 * {@code grid_sampler_2d} (zeros padding, {@code align_corners=False}), with the extra ones
 * channel torchvision samples alongside to know where to put the fill colour. Each step rounds
 * as the PyTorch 1.13 kernels do (see {@link Interpolation} on fused multiply-adds), so results
 * are bit-identical to torchvision's in float32 and float64.
 */
final class Rotation {
    private Rotation() {}

    /**
     * {@code _get_inverse_affine_matrix(center, angle, translate, scale, shear)}: the matrix that
     * maps output pixels back to input pixels, in Python float (double) arithmetic.
     */
    static double[] inverseAffineMatrix(double[] center, double angle, double[] translate, double scale, double[] shear) {
        double rot = Math.toRadians(angle), sx = Math.toRadians(shear[0]), sy = Math.toRadians(shear[1]);
        double cx = center[0], cy = center[1], tx = translate[0], ty = translate[1];
        double a = StrictMath.cos(rot - sy) / StrictMath.cos(sy);
        double b = -StrictMath.cos(rot - sy) * StrictMath.tan(sx) / StrictMath.cos(sy) - StrictMath.sin(rot);
        double c = StrictMath.sin(rot - sy) / StrictMath.cos(sy);
        double d = -StrictMath.sin(rot - sy) * StrictMath.tan(sx) / StrictMath.cos(sy) + StrictMath.cos(rot);
        double[] m = {d, -b, 0.0, -c, a, 0.0};
        for (int i = 0; i < 6; i++) m[i] = m[i] / scale;
        m[2] += m[0] * (-cx - tx) + m[1] * (-cy - ty);
        m[5] += m[3] * (-cx - tx) + m[4] * (-cy - ty);
        m[2] += cx;
        m[5] += cy;
        return m;
    }

    /**
     * {@code F.rotate(img, angle, interpolation, expand, center, fill)}: counter-clockwise by
     * {@code angle} degrees about {@code center} (pixel coordinates, null for the image centre).
     */
    static Tensor rotate(Tensor img, double angle, InterpolationMode interpolation, boolean expand, double[] center, double[] fill) {
        int[] d = Geometry.dims(img);
        int h = d[1], w = d[2];
        double[] centerF = {0.0, 0.0};
        if (center != null) centerF = new double[]{1.0 * (center[0] - w * 0.5), 1.0 * (center[1] - h * 0.5)};
        // rotate and affine turn opposite ways in torchvision, hence -angle
        double[] matrix = inverseAffineMatrix(centerF, -angle, new double[]{0.0, 0.0}, 1.0, new double[]{0.0, 0.0});
        if (fill != null && fill.length > 1 && fill.length != d[0])
            throw new IllegalArgumentException("The number of elements in 'fill' cannot broadcast to match the number of channels of the image ("
                    + fill.length + " != " + d[0] + ")");
        int ow = w, oh = h;
        if (expand) {
            int[] size = expandedSize(matrix, w, h);
            ow = size[0];
            oh = size[1];
        }
        return gridTransform(img, matrix, w, h, ow, oh, interpolation, fill);
    }

    /** {@code _compute_affine_output_size}: the box holding the rotated corners, in float32 as torchvision computes it. */
    static int[] expandedSize(double[] matrix, int w, int h) {
        Precision p = Precision.FLOAT;
        double[] theta = new double[6];
        for (int i = 0; i < 6; i++) theta[i] = p.round(matrix[i]);
        double[][] pts = {{-0.5 * w, -0.5 * h}, {-0.5 * w, 0.5 * h}, {0.5 * w, 0.5 * h}, {0.5 * w, -0.5 * h}};
        double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}, max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] pt : pts) {
            for (int c = 0; c < 2; c++) {
                // pts @ theta.T, each a 3-term dot product with the point's implicit 1 last
                double v = p.fma(1.0, theta[3 * c + 2], p.fma(pt[1], theta[3 * c + 1], p.round(pt[0] * theta[3 * c])));
                min[c] = Math.min(min[c], v);
                max[c] = Math.max(max[c], v);
            }
        }
        double tol = p.round(1e-4);
        int[] size = new int[2];
        for (int c = 0; c < 2; c++) {
            double half = p.round((c == 0 ? w : h) * 0.5);
            double lo = p.round(min[c] + half), hi = p.round(max[c] + half);
            // truncating to 1e-4 first keeps 3.0000001 from becoming 4 after ceil
            double cmax = Math.ceil(p.round(trunc(p.round(hi / tol)) * tol));
            double cmin = Math.floor(p.round(trunc(p.round(lo / tol)) * tol));
            size[c] = (int) p.round(cmax - cmin);
        }
        return size;
    }

    private static double trunc(double v) { return v < 0 ? Math.ceil(v) : Math.floor(v); }

    /** {@code _gen_affine_grid} then {@code _apply_grid_transform}: samples img at the matrix's source points. */
    static Tensor gridTransform(Tensor img, double[] matrix, int w, int h, int ow, int oh, InterpolationMode mode, double[] fill) {
        DType dtype = img.isFloatingPoint() ? img.dtype() : DType.FLOAT32;
        Precision p = Precision.of(dtype);
        double[] grid = affineGrid(matrix, w, h, ow, oh, p);
        Geometry.Batched b = Geometry.Batched.of(img, dtype);
        Tensor x = b.img();
        if (x.dim() != 4)
            throw new IllegalArgumentException("grid_sampler(): expected 4D or 5D input and grid with same number of dimensions, but got input with sizes "
                    + x.shape().toString().replace("torch.Size(", "").replace(")", "") + " and grid with sizes [1, " + oh + ", " + ow + ", 2]");
        int n = (int) x.size(0), c = (int) x.size(1);
        Precision.Source in = Precision.source(x);
        double[] fillValues = null;
        if (fill != null) {
            fillValues = new double[c];
            for (int k = 0; k < c; k++) fillValues[k] = p.round(fill.length == 1 ? fill[0] : fill[k]);
        }
        double[] out = sample(in, n, c, h, w, grid, oh, ow, mode == InterpolationMode.NEAREST, fillValues, p);
        return b.restore(p.tensor(out, n, c, oh, ow));
    }

    /** (oh * ow * 2) normalised source coordinates: the output pixel centres, relative to the centre, through theta. */
    static double[] affineGrid(double[] matrix, int w, int h, int ow, int oh, Precision p) {
        // rescaled_theta = theta.T / [0.5 w, 0.5 h]
        double[][] rt = new double[3][2];
        for (int k = 0; k < 3; k++) {
            rt[k][0] = p.round(p.round(matrix[k]) / (0.5 * w));
            rt[k][1] = p.round(p.round(matrix[3 + k]) / (0.5 * h));
        }
        double[] grid = new double[oh * ow * 2];
        for (int i = 0; i < oh; i++) {
            double y = -oh * 0.5 + 0.5 + i;   // linspace(-oh/2 + 0.5, oh/2 - 0.5, oh): exact in both precisions
            for (int j = 0; j < ow; j++) {
                double x = -ow * 0.5 + 0.5 + j;
                for (int c = 0; c < 2; c++) {
                    // base_grid (x, y, 1) @ rescaled_theta, as a 3-term BLAS dot product
                    grid[(i * ow + j) * 2 + c] = p.fma(1.0, rt[2][c], p.fma(y, rt[1][c], p.round(x * rt[0][c])));
                }
            }
        }
        return grid;
    }

    /**
     * {@code grid_sample(img, grid, mode, padding_mode="zeros", align_corners=False)} for every
     * image of the batch with the same grid; with {@code fill}, torchvision's mask: a ones channel
     * sampled like the others, then fill where it is below 0.5 (nearest) or blended by it (bilinear).
     */
    private static double[] sample(Precision.Source in, int n, int c, int h, int w, double[] grid, int oh, int ow, boolean nearest,
                                   double[] fill, Precision p) {
        double sw = p.round(w / 2.0), sh = p.round(h / 2.0);
        int plane = oh * ow, hw = h * w;
        double[] out = new double[n * c * plane];
        for (int q = 0; q < plane; q++) {
            // unnormalize: ((g + 1) * size - 1) / 2, which the vectorised kernel writes as a fused (g + 1) * (size / 2) - 0.5
            double ix = p.fma(p.round(grid[2 * q] + 1), sw, -0.5), iy = p.fma(p.round(grid[2 * q + 1] + 1), sh, -0.5);
            // the four neighbours (one for nearest): their offsets, -1 outside the image (zeros padding)
            int onw, one = -1, osw = -1, ose = -1;
            double nw = 1, ne = 0, swt = 0, se = 0;
            if (nearest) {
                onw = offset(Math.rint(ix), Math.rint(iy), h, w);
            } else {
                double xw = Math.floor(ix), yn = Math.floor(iy);
                double we = p.round(ix - xw), ea = p.round(1 - we), no = p.round(iy - yn), so = p.round(1 - no);
                nw = p.round(so * ea);
                ne = p.round(so * we);
                swt = p.round(no * ea);
                se = p.round(no * we);
                onw = offset(xw, yn, h, w);
                one = offset(xw + 1, yn, h, w);
                osw = offset(xw, yn + 1, h, w);
                ose = offset(xw + 1, yn + 1, h, w);
            }
            // the mask channel torchvision appends: the same sampling of an all-ones plane
            double mask = nearest ? (onw >= 0 ? 1 : 0) : bilinear(onw >= 0 ? 1 : 0, one >= 0 ? 1 : 0, osw >= 0 ? 1 : 0, ose >= 0 ? 1 : 0, nw, ne, swt, se, p);
            for (int img = 0; img < n; img++) {
                for (int k = 0; k < c; k++) {
                    int base = (img * c + k) * hw;
                    double value = nearest ? (onw >= 0 ? in.get(base + onw) : 0)
                            : bilinear(onw >= 0 ? in.get(base + onw) : 0, one >= 0 ? in.get(base + one) : 0,
                                       osw >= 0 ? in.get(base + osw) : 0, ose >= 0 ? in.get(base + ose) : 0, nw, ne, swt, se, p);
                    if (fill != null) {
                        if (nearest) value = mask < 0.5 ? fill[k] : value;
                        else value = p.round(p.round(value * mask) + p.round(p.round(1.0 - mask) * fill[k]));
                    }
                    out[(img * c + k) * plane + q] = value;
                }
            }
        }
        return out;
    }

    /** nw * vnw + ne * vne + sw * vsw + se * vse, as the vectorised kernel's FMA chain rounds it. */
    private static double bilinear(double vnw, double vne, double vsw, double vse, double nw, double ne, double sw, double se, Precision p) {
        return p.fma(vse, se, p.fma(vsw, sw, p.fma(vne, ne, p.round(vnw * nw))));
    }

    /** The pixel (x, y) as an offset in its plane, or -1 outside the image (where zeros padding reads 0). */
    private static int offset(double x, double y, int h, int w) {
        return x > -1 && x < w && y > -1 && y < h ? (int) y * w + (int) x : -1;
    }
}
