package torch4j.vision;

import static torch4j.vision.transforms.InterpolationMode.BILINEAR;
import static torch4j.vision.transforms.InterpolationMode.NEAREST;

import java.util.LinkedHashMap;
import java.util.Map;
import torch4j.DType;
import torch4j.Tensor;
import torch4j.Torch;
import torch4j.vision.transforms.CenterCrop;
import torch4j.vision.transforms.ColorJitter;
import torch4j.vision.transforms.Compose;
import torch4j.vision.transforms.ConvertImageDtype;
import torch4j.vision.transforms.Grayscale;
import torch4j.vision.transforms.Normalize;
import torch4j.vision.transforms.Pad;
import torch4j.vision.transforms.RandomCrop;
import torch4j.vision.transforms.RandomHorizontalFlip;
import torch4j.vision.transforms.RandomResizedCrop;
import torch4j.vision.transforms.RandomRotation;
import torch4j.vision.transforms.RandomVerticalFlip;
import torch4j.vision.transforms.Resize;
import torch4j.vision.transforms.TF;
import torch4j.vision.transforms.Transform;

/** The Java twins of gen_vision.py's transform cases, by name, and the inputs they run on. */
final class VisionCases {
    private VisionCases() {}

    private static final double[] IMAGENET_MEAN = {0.485, 0.456, 0.406}, IMAGENET_STD = {0.229, 0.224, 0.225};
    private static final double[] SCALE = {0.08, 1.0}, RATIO = {3.0 / 4.0, 4.0 / 3.0};

    /** The named inputs: the committed PNGs through ToTensor / PILToTensor. */
    static Map<String, Tensor> inputs() {
        Map<String, Tensor> in = new LinkedHashMap<>();
        Tensor rgb = TF.toTensor(VisionGolden.image("rgb"));
        in.put("rgb", rgb);
        in.put("gray", TF.toTensor(VisionGolden.image("gray")));
        in.put("rgb_u8", TF.pilToTensor(VisionGolden.image("rgb")));
        in.put("gray_u8", TF.pilToTensor(VisionGolden.image("gray")));
        in.put("rgb_f64", rgb.to(DType.FLOAT64));
        in.put("batch", Torch.stack(java.util.List.of(rgb, TF.hflip(rgb)), 0));
        return in;
    }

    static Map<String, Transform<Tensor, Tensor>> deterministic() {
        Map<String, Transform<Tensor, Tensor>> m = new LinkedHashMap<>();
        m.put("normalize_rgb", new Normalize(IMAGENET_MEAN, IMAGENET_STD));
        m.put("normalize_gray", new Normalize(new double[]{0.5}, new double[]{0.5}));
        m.put("normalize_batch", new Normalize(new double[]{0.1, 0.2, 0.3}, new double[]{0.9, 0.8, 0.7}));
        m.put("normalize_f64", new Normalize(IMAGENET_MEAN, IMAGENET_STD));
        m.put("resize_down", new Resize(new int[]{13, 17}));
        m.put("resize_up", new Resize(new int[]{41, 50}));
        m.put("resize_int", new Resize(16));
        m.put("resize_int_gray", new Resize(9));
        m.put("resize_max_size", new Resize(12, BILINEAR, 14, null));
        m.put("resize_gray_down", new Resize(new int[]{9, 11}));
        m.put("resize_gray_up", new Resize(new int[]{30, 41}));
        m.put("resize_u8", new Resize(new int[]{13, 17}));
        m.put("resize_f64", new Resize(new int[]{13, 31}));
        m.put("resize_aa_down", new Resize(new int[]{13, 17}, BILINEAR, null, true));
        m.put("resize_aa_down_more", new Resize(new int[]{5, 7}, BILINEAR, null, true));
        m.put("resize_aa_up", new Resize(new int[]{41, 50}, BILINEAR, null, true));
        m.put("resize_aa_mixed", new Resize(new int[]{7, 50}, BILINEAR, null, true));
        m.put("resize_aa_gray", new Resize(new int[]{6, 9}, BILINEAR, null, true));
        m.put("resize_aa_u8", new Resize(new int[]{9, 13}, BILINEAR, null, true));
        m.put("resize_aa_f64", new Resize(new int[]{9, 13}, BILINEAR, null, true));
        m.put("resize_aa_batch", new Resize(8, BILINEAR, null, true));
        m.put("resize_nearest", new Resize(new int[]{13, 50}, NEAREST, null, null));
        m.put("resize_nearest_u8", new Resize(new int[]{31, 9}, NEAREST, null, null));
        m.put("resize_same", new Resize(new int[]{20, 28}));
        m.put("center_crop", new CenterCrop(11));
        m.put("center_crop_rect", new CenterCrop(new int[]{9, 14}));
        m.put("center_crop_pad", new CenterCrop(new int[]{25, 31}));
        m.put("center_crop_pad_w", new CenterCrop(new int[]{10, 35}));
        m.put("pad_int", new Pad(2));
        m.put("pad_fill", new Pad(new int[]{1, 2}, 0.5, "constant"));
        m.put("pad_ltrb", new Pad(new int[]{1, 2, 3, 4}, 7, "constant"));
        m.put("pad_edge", new Pad(new int[]{3, 1}, 0, "edge"));
        m.put("pad_reflect", new Pad(new int[]{3, 2, 1, 4}, 0, "reflect"));
        m.put("pad_reflect_u8", new Pad(3, 0, "reflect"));
        m.put("pad_symmetric", new Pad(new int[]{3, 2, 1, 4}, 0, "symmetric"));
        m.put("pad_symmetric_negative", new Pad(new int[]{-2, 3, 1, -1}, 0, "symmetric"));
        m.put("pad_edge_batch", new Pad(2, 0, "edge"));
        m.put("grayscale_1", new Grayscale());
        m.put("grayscale_3", new Grayscale(3));
        m.put("grayscale_u8", new Grayscale());
        m.put("convert_dtype", new ConvertImageDtype(DType.FLOAT32));
        return m;
    }

    static Map<String, Transform<Tensor, Tensor>> random() {
        Map<String, Transform<Tensor, Tensor>> m = new LinkedHashMap<>();
        m.put("hflip", new RandomHorizontalFlip());
        m.put("vflip", new RandomVerticalFlip(0.3));
        m.put("random_crop", new RandomCrop(16, 4));
        m.put("random_crop_rect", new RandomCrop(new int[]{11, 20}, null, false, 0, "constant"));
        m.put("random_crop_pad_if_needed", new RandomCrop(new int[]{24, 30}, null, true, 0.25, "constant"));
        m.put("random_crop_reflect", new RandomCrop(new int[]{20}, new int[]{2, 3}, false, 0, "reflect"));
        m.put("random_resized_crop", new RandomResizedCrop(16));
        m.put("random_resized_crop_aa", new RandomResizedCrop(new int[]{12, 15}, new double[]{0.3, 0.9}, new double[]{0.5, 2.0}, BILINEAR, true));
        m.put("random_resized_crop_nearest", new RandomResizedCrop(new int[]{10}, SCALE, RATIO, NEAREST, null));
        m.put("random_resized_crop_fallback", new RandomResizedCrop(8, new double[]{1.5, 2.0}, RATIO));
        m.put("random_rotation", new RandomRotation(30));
        m.put("random_rotation_bilinear_expand", new RandomRotation(new double[]{-80, 10}, BILINEAR, true, null, 0.5));
        m.put("random_rotation_u8", new RandomRotation(new double[]{-45, 45}, BILINEAR, false, new int[]{4, 6}, 10, 20, 30));
        m.put("color_jitter", new ColorJitter(0.4, 0.4, 0.4, 0.1));
        m.put("color_jitter_u8", new ColorJitter(0.5, 0.3, 0.6, 0.2));
        m.put("color_jitter_brightness", new ColorJitter(new double[]{0.2, 1.8}, null, null, null));
        m.put("color_jitter_hue", new ColorJitter(0, 0, 0, 0.5));
        m.put("color_jitter_gray", new ColorJitter(0.3, 0.3, 0.3, 0.3));
        m.put("compose_train", new Compose<>(new RandomResizedCrop(new int[]{16}, SCALE, RATIO, BILINEAR, true), new RandomHorizontalFlip(),
                new ColorJitter(0.2, 0.2, 0.2, 0.05), new Normalize(new double[]{0.5, 0.5, 0.5}, new double[]{0.25, 0.25, 0.25})));
        m.put("compose_cifar", new Compose<>(new RandomCrop(20, 4), new RandomHorizontalFlip(), new ConvertImageDtype(DType.FLOAT32),
                new Normalize(new double[]{0.49, 0.48, 0.45}, new double[]{0.25, 0.24, 0.26})));
        return m;
    }
}
