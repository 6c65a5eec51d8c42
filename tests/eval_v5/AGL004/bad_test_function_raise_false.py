import torch


def softplus_beta(x, beta):
    return torch.log1p(torch.exp(beta * x)) / beta


def test_softplus_beta_grad():
    x = torch.linspace(-2, 2, 5, requires_grad=True)
    assert torch.autograd.gradcheck(  # expect: AGL004
        lambda t: softplus_beta(t, 2.0), (x,), raise_exception=False
    ) in (True, False)


torch.manual_seed(4)
test_softplus_beta_grad()
