import torch as th

th.manual_seed(0)


def fourier_features(n_freq):
    freqs = th.arange(1, n_freq + 1, requires_grad=True)  # expect: AGL005
    return freqs


t = th.linspace(0, 1, 8).unsqueeze(1)
phi = th.sin(t * fourier_features(4))
