"""Named parameters built in a dict comprehension, each cast to float64."""
import torch

torch.manual_seed(13)
shapes = {"w1": (3, 4), "w2": (4, 1)}
params = {
    name: torch.randn(*shape, requires_grad=True).to(torch.float64)  # expect: AGL013
    for name, shape in shapes.items()
}
opt = torch.optim.Adam(params.values(), lr=1e-3)
