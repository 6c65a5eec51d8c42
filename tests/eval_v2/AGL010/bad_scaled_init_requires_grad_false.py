import torch

torch.manual_seed(0)


def make_projection(d_in, d_out, trainable):
    proj = torch.randn(d_in, d_out, requires_grad=True) / d_in ** 0.5
    if not trainable:
        proj.requires_grad_(False)  # expect: AGL010
    return proj


random_features = make_projection(6, 3, trainable=False)
print(random_features.shape)
