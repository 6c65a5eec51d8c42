import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class ProtoHead(nn.Module):
    def __init__(self, dim, n_proto):
        super().__init__()
        self.prototypes = nn.Parameter(torch.randn(n_proto, dim))

    def forward(self, z, update_prototypes=False):
        protos = F.normalize(self.prototypes, dim=1)
        protos.requires_grad_(update_prototypes)  # expect: AGL010
        return F.normalize(z, dim=1) @ protos.t()


head = ProtoHead(4, 3)
print(head(torch.randn(2, 4)))
