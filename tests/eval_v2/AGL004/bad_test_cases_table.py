import torch
from torch.autograd import gradcheck

torch.manual_seed(0)

CASES = {
    "tanh": (torch.tanh, (3, 4)),
    "gelu": (torch.nn.functional.gelu, (5,)),
}

for name, (fn, shape) in CASES.items():
    x = torch.randn(shape, dtype=torch.float32, requires_grad=True)
    result = gradcheck(fn, (x,), eps=1e-3, atol=1e-2, raise_exception=False)  # expect: AGL004
    print(name, result)
