import torch
import torch.nn.functional as F
from torch.autograd import gradcheck

torch.manual_seed(0)
try:
    ok = gradcheck(F.gelu, torch.randn(4, requires_grad=True))  # expect: AGL004
except RuntimeError as err:
    ok = False
    print("gradcheck error:", str(err).splitlines()[0])
print("gelu:", ok)
