import torch
import torch.nn.functional as F

torch.manual_seed(0)


def contrastive_loss(a, b, log_temp):
    a, b = F.normalize(a, dim=-1), F.normalize(b, dim=-1)
    logits = a @ b.t() * log_temp.exp()
    return F.cross_entropy(logits, torch.arange(a.size(0)))


log_temp = torch.empty((), requires_grad=True)  # expect: AGL017
img, txt = torch.randn(4, 6), torch.randn(4, 6)
contrastive_loss(img, txt, log_temp).backward()
